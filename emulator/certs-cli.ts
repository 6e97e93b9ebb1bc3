/** `tsx emulator/certs-cli.ts [dir]`: make sure the test CA exists and print its path. */
import { ensureTestCertificates } from './certs.js'

const { caFile } = ensureTestCertificates(process.argv[2] || undefined)
console.log(caFile)
