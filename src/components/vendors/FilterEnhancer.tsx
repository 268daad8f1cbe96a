'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

type Props = { formId: string }

/**
 * Applies the directory filters as soon as one changes, without a full page load. The server still does
 * the filtering (from its cached list), so the result is the same as submitting the form; empty fields are
 * left out so the address stays short and shareable. Focus stays where it was.
 */
export function FilterEnhancer({ formId }: Props) {
  const router = useRouter()
  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    const onChange = () => {
      const params = new URLSearchParams()
      for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) params.append(name, value)
      const query = params.toString()
      router.replace(`${form.getAttribute('action') ?? ''}${query ? `?${query}` : ''}`, { scroll: false })
    }
    form.addEventListener('change', onChange)
    return () => form.removeEventListener('change', onChange)
  }, [formId, router])
  return null
}
