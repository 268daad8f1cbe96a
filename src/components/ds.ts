// Designsystemet for the public site: one import point for every component.
//
// Markup-only components (one element with Designsystemet's class) are rendered on the server by
// ./ds-markup.tsx, so static content is not hydrated component by component; why: see that file.
//
// Components with behaviour come from @digdir/designsystemet-react, one file each. Why not
// `import { Button } from '@digdir/designsystemet-react'`: the package index starts with 'use client', so the
// bundler treats the whole library as one client module and ships all of it (floating-ui, virtualisation,
// icons: about 175 KB gzipped) to every page that uses one component. Each component file is its own client
// module, so importing the files directly ships only what a page renders. The package's "exports" map does
// not expose these files, hence the relative path into node_modules.

export {
  Alert,
  CardBlock,
  Heading,
  Link,
  Paragraph,
  SkipLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from './ds-markup'

export { Button } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/button/button.js'
export { Card } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/card/card.js'
export { Field } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/field/field.js'
export { Fieldset } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/fieldset.js'
export { FieldsetLegend } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/fieldset/fieldset-legend.js'
export { Input } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/input/input.js'
export { Label } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/label/label.js'
export { Select } from '../../node_modules/@digdir/designsystemet-react/dist/esm/components/select/select.js'
