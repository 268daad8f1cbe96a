// @ts-check
// The vendor directory's filters, applied as soon as one changes (progressive enhancement: without this
// script the form's button submits the same GET request). The server does the filtering; this fetches the
// page for the new address, puts its result count and list in place of the current ones, and keeps the
// address in step so it can be shared. Focus stays where it was; the count is a live region, so screen
// readers hear the new number. If anything fails, the browser simply goes to the new address.
;(() => {
  const start = () => {
    // A preview or an editor's session runs React on this page; React owns the DOM there, so the form submits normally.
    if ('__next_f' in window) return
    const form = document.getElementById('leverandorfilter')
    if (!(form instanceof HTMLFormElement)) return
    /** @type {AbortController | undefined} */
    let pending
    form.addEventListener('change', async () => {
      const params = new URLSearchParams()
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) params.append(name, value)
      const query = params.toString()
      const url = `${form.getAttribute('action') ?? location.pathname}${query ? `?${query}` : ''}`
      pending?.abort()
      const mine = (pending = new AbortController())
      const results = document.getElementById('leverandortreff')
      results?.setAttribute('aria-busy', 'true')
      try {
        const res = await fetch(url, { signal: mine.signal, headers: { accept: 'text/html' } })
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        const next = new DOMParser().parseFromString(await res.text(), 'text/html')
        for (const selector of ['#leverandortreff', '.language-switch']) {
          const now = document.querySelector(selector)
          const then = next.querySelector(selector)
          if (!now || !then) throw new Error(`${selector} missing`)
          now.replaceWith(document.importNode(then, true))
        }
        const count = document.querySelector('.result-count')
        const newCount = next.querySelector('.result-count')
        if (count && newCount) count.innerHTML = newCount.innerHTML
        history.replaceState(history.state, '', url)
      } catch (err) {
        if (err instanceof DOMException && err.name === 'AbortError') return
        location.assign(url)
      } finally {
        // A newer change may be loading into the same region: it takes the flag off when it is done.
        if (pending === mine) results?.removeAttribute('aria-busy')
      }
    })
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
