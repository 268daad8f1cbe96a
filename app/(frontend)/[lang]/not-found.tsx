import { NotFoundSections } from '@/components/notfound/NotFoundSection'

/**
 * A page's notFound() (an unknown or unpublished vendor or article): the same help as the site-wide 404
 * (app/global-not-found.tsx), inside the site's layout. Next renders this boundary in the browser (the server
 * sends its 404 status and an empty document); addresses no page answers get the complete global 404.
 */
export default function NotFound() {
  return <NotFoundSections />
}
