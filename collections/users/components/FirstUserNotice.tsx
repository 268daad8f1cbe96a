import type { UIFieldServerComponent } from 'payload'

/** Shown on the create-first-user screen instead of the role and organisation fields. */
export const FirstUserNotice: UIFieldServerComponent = ({ i18n }) => {
  const english = i18n?.language === 'en'
  return (
    <div className="field-type first-user-notice" style={{ marginBlock: 'var(--base)' }}>
      <p>
        <strong>{english ? 'This account becomes an administrator.' : 'Denne kontoen blir administrator.'}</strong>{' '}
        {english
          ? 'The first account may do everything, including creating the other accounts and giving them roles (editor, vendor).'
          : 'Den første kontoen kan gjøre alt, også opprette de andre kontoene og gi dem roller (redaktør, leverandør).'}
      </p>
    </div>
  )
}
