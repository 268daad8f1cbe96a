export default function Page() {
  const items = Array.from({ length: 50 }, (_, i) => `Element ${i}`)
  return (<main><h1>Bare side</h1><ul>{items.map((x) => <li key={x}>{x}</li>)}</ul></main>)
}
