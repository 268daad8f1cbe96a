import { Icon as Icon_55a0d409a5af8f499a87134144315c76 } from '../../../src/admin/Icon'
import { Logo as Logo_275cbc8e6d8d51ca630c8afc4d6aa690 } from '../../../src/admin/Logo'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/Icon#Icon": Icon_55a0d409a5af8f499a87134144315c76,
  "/src/admin/Logo#Logo": Logo_275cbc8e6d8d51ca630c8afc4d6aa690,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
