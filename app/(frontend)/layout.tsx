import type { Metadata } from 'next'
import type React from 'react'

export const metadata: Metadata = {
  title: 'Videoveileder',
  description: 'Slik kommer du i gang med videokonsultasjon',
  icons: { icon: '/favicon.svg' },
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nb">
      <body>{children}</body>
    </html>
  )
}
