import type { PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'
import { APIError } from 'payload'

import { say } from '@/validation/messages'

/**
 * Answers 404 for a file that is not on disk (Payload answers 500 "Something went wrong"), and for a name
 * that cannot be a file name at all. Returns nothing otherwise, so Payload streams the file as usual.
 */
export function answerMissingFileNotFound(staticDir: string) {
  return async (req: PayloadRequest, { params }: { params: { filename: string } }): Promise<void> => {
    const directory = path.resolve(staticDir)
    const filePath = path.resolve(directory, params.filename ?? '')
    let found = false
    if (filePath.startsWith(directory + path.sep) && !params.filename.includes('\u0000')) {
      found = await fs.stat(filePath).then((stats) => stats.isFile(), () => false)
    }
    if (!found) {
      throw new APIError(say({ nb: 'Filen finnes ikke.', en: 'The file does not exist.' }, { req }), 404)
    }
  }
}
