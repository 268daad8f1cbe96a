'use client'

/** "Bekreft opplysningene på nytt" in a vendor entry's sidebar (issue 12 item 6). */
export function ReconfirmButton() {
  return null
}
