// Designsystemet's React components, imported one file each.
//
// Why not `import { Heading } from '@digdir/designsystemet-react'`: the package index starts with 'use client', so the bundler treats
// the whole library as one client module and ships all of it (floating-ui, virtualisation, icons: about
// 175 KB gzipped) to every page that uses a single Heading. Each component file is its own client module,
// so importing the files directly ships only the few small components a page really renders. The package's
// "exports" map does not expose these files, hence the relative path into node_modules.

export { Alert } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/alert/alert.js'
export { Button } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/button/button.js'
export { Card } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/card/card.js'
export { CardBlock } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/card/card-block.js'
export { Field } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/field/field.js'
export { Fieldset } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/fieldset.js'
export { FieldsetLegend } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/fieldset-legend.js'
export { Heading } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/heading/heading.js'
export { Input } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/input/input.js'
export { Label } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/label/label.js'
export { Link } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/link/link.js'
export { Paragraph } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/paragraph/paragraph.js'
export { Select } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/select/select.js'
export { SkipLink } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/skip-link/skip-link.js'
export { Table } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table.js'
export { TableBody } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-body.js'
export { TableCell } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-cell.js'
export { TableHead } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-head.js'
export { TableHeaderCell } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-header-cell.js'
export { TableRow } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/table/table-row.js'
export { Tag } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/tag/tag.js'
