// Designsystemet's markup-only components, rendered without client JavaScript.
//
// In @digdir/designsystemet-react every component file starts with 'use client', also the ones that only put
// Designsystemet's class on one element (Paragraph, Heading, Link, Tag, Alert, SkipLink, CardBlock, the table
// parts). Used from server components, each of them becomes a client component: the guide rendered about 400
// of them, every one listed in the page's flight data and run again in the browser during hydration (most of
// the guide's blocking time). These render the same element with the same class and data attributes as the
// package (dist/esm/components/<name>/<name>.js, version 1.22.0), so Designsystemet's CSS styles them
// identically; a unit test compares the markup with the package's own components. Components with behaviour
// (Card, Button, Field, Input, Select, Label with Field) still come from the package, see ./ds.ts.
import type { ComponentPropsWithoutRef } from 'react'

type DataSize = '2xs' | 'xs' | 'sm' | 'md' | 'lg' | 'xl' | '2xl'
type Sized = { 'data-size'?: DataSize }
type Colored = { 'data-color'?: string }

const cl = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base)

export type ParagraphProps = ComponentPropsWithoutRef<'p'> & Sized & { variant?: 'default' | 'short' | 'long' }
export function Paragraph({ className, variant, ...rest }: ParagraphProps) {
  return <p className={cl('ds-paragraph', className)} data-variant={variant} {...rest} />
}

export type HeadingProps = ComponentPropsWithoutRef<'h2'> & Sized & { level?: 1 | 2 | 3 | 4 | 5 | 6 }
export function Heading({ level = 2, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const
  return <Tag className={cl('ds-heading', className)} {...rest} />
}

export type LinkProps = ComponentPropsWithoutRef<'a'> & Colored
export function Link({ className, ...rest }: LinkProps) {
  return <a className={cl('ds-link', className)} {...rest} />
}

export type TagProps = ComponentPropsWithoutRef<'span'> & Sized & Colored & { variant?: 'default' | 'outline' }
export function Tag({ className, variant, ...rest }: TagProps) {
  return <span className={cl('ds-tag', className)} data-variant={variant} {...rest} />
}

export type AlertProps = ComponentPropsWithoutRef<'div'> & Sized & { 'data-color'?: 'info' | 'success' | 'warning' | 'danger' }
export function Alert({ 'data-color': color = 'info', className, ...rest }: AlertProps) {
  return <div className={cl('ds-alert', className)} data-color={color} {...rest} />
}

export function SkipLink({ className, ...rest }: ComponentPropsWithoutRef<'a'>) {
  return <a className={cl('ds-skip-link', className)} {...rest} />
}

export function CardBlock({ className, ...rest }: ComponentPropsWithoutRef<'div'>) {
  return <div className={cl('ds-card__block', className)} {...rest} />
}

export type TableProps = ComponentPropsWithoutRef<'table'> &
  Sized & { zebra?: boolean; stickyHeader?: boolean; border?: boolean; hover?: boolean }
export function Table({ zebra, stickyHeader, border, hover, className, ...rest }: TableProps) {
  return (
    <table
      className={cl('ds-table', className)}
      data-border={border || undefined}
      data-hover={hover || undefined}
      data-sticky-header={stickyHeader || undefined}
      data-zebra={zebra || undefined}
      {...rest}
    />
  )
}

export const TableHead = (props: ComponentPropsWithoutRef<'thead'>) => <thead {...props} />
export const TableBody = (props: ComponentPropsWithoutRef<'tbody'>) => <tbody {...props} />
export const TableRow = (props: ComponentPropsWithoutRef<'tr'>) => <tr {...props} />
export const TableCell = (props: ComponentPropsWithoutRef<'td'>) => <td {...props} />
/** Without the package's sort button: no table on the site sorts. */
export const TableHeaderCell = (props: ComponentPropsWithoutRef<'th'>) => <th {...props} />
