export const metadata = { title: 'Bare' }
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="nb"><body>{children}</body></html>)
}
