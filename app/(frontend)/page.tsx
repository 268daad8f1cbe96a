export default function HomePage() {
  return (
    <main id="main">
      <h1>Slik kommer du i gang med videokonsultasjon</h1>
    </main>
  )
}
