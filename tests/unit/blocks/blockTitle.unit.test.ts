import { blockTitle } from '../../../src/blocks/blockTitle'

const nb = { language: 'nb', fallbackLanguage: 'nb' } as const
const en = { language: 'en', fallbackLanguage: 'nb' } as const
const vendorList = { nb: 'Leverandørliste', en: 'Vendor list' }

describe('the title of a body block in the admin, from its settings', () => {
  it('names a vendor list by its profession group and kind of solution, in the admin’s language', () => {
    const settings = { blockType: 'vendorList', category: 1, solutionType: 'standalone' }
    expect(blockTitle({ label: vendorList, settings, categoryName: 'Leger' }, nb)).toBe('Leverandørliste: Leger · Frittstående videoløsning')
    expect(blockTitle({ label: vendorList, settings, categoryName: 'Doctors' }, en)).toBe('Vendor list: Doctors · Standalone video solution')
  })

  it('says what an empty choice means, and shows a date the admin’s way', () => {
    const label = { nb: 'Takst-tabell', en: 'Tariff table' }
    expect(blockTitle({ label, settings: { blockType: 'tariffTable' } }, nb)).toBe('Takst-tabell: alle faggrupper')
    expect(blockTitle({ label, settings: { blockType: 'tariffTable', asOf: '2027-05-01T12:00:00.000Z' }, categoryName: 'Kommuner' }, nb)).toBe(
      'Takst-tabell: Kommuner · per 01.05.2027',
    )
    expect(blockTitle({ label: { nb: 'Forskningsliste' }, settings: { blockType: 'researchList', kind: 'study' } }, nb)).toBe('Forskningsliste: Studie')
  })

  it('uses a heading the block has, and the bare kind when nothing is chosen yet', () => {
    expect(blockTitle({ label: { nb: 'Merknad' }, settings: { blockType: 'note', title: ' Merk ' } }, nb)).toBe('Merknad: Merk')
    expect(blockTitle({ label: vendorList, settings: { blockType: 'vendorList' } }, nb)).toBe('Leverandørliste')
  })
})
