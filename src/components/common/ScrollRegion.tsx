import type { ReactNode } from 'react'

type Props = { labelledBy: string; children: ReactNode }

/**
 * A wide table scrolls sideways inside this region on narrow screens instead of the page (WCAG 1.4.10
 * allows it for data tables). It is focusable so that keyboard users can scroll it too.
 */
export function ScrollRegion({ labelledBy, children }: Props) {
  return (
    <div className="scroll-region" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  )
}
