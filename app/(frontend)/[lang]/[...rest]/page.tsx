import { notFound } from 'next/navigation'

// Every address that matches no page ends here, so the 404 renders inside the language's own layout.
export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

export default function UnknownPage(): never {
  notFound()
}
