import { Icon } from './Icon'

/** The project's mark on the admin login screen. */
export function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      <Icon size={40} />
      <span style={{ fontSize: 24, fontWeight: 600 }}>Videoveileder</span>
    </div>
  )
}
