import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/** Settings read from the environment, shared by the server and the CLIs. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const databaseFile = () => process.env.DB_FILE ?? join(repositoryRoot, 'data', 'peer-support.db');
/** `SAMPLE_DATA=0` keeps a new database empty: no fictional roster, accounts or contacts. */
export const sampleDataWanted = () => process.env.SAMPLE_DATA !== '0';
