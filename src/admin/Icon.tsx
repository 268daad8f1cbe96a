/** The project's mark in the admin navigation (also drawn by the login logo). */
export function Icon({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" role="img" aria-label="Videoveileder">
      <rect width="32" height="32" rx="6" fill="#1e5a8a" />
      <rect x="6" y="10" width="14" height="12" rx="2" fill="#fff" />
      <path d="M21 14l6-3v10l-6-3z" fill="#fff" />
    </svg>
  )
}
