/**
 * Evidence records in IndexedDB, in the extension's own origin: only the worker and the
 * extension's pages can open it, never a web page or a content script (those run in the site's
 * origin). Nothing here is sent anywhere; records stay until the staff member deletes them.
 *
 * Everything read back is validated; a record that does not parse is counted, not shown.
 * Every change is announced on a BroadcastChannel so open pages (the Evidence page, the popup)
 * refresh themselves.
 */
import { applyEdit, evidenceRecordSchema, newestFirst, parseRecord, type EvidenceEdit, type EvidenceRecord } from './record';

export const DB_NAME = 'think-twice-evidence';
export const STORE = 'records';
const DB_VERSION = 1;
const REMOVAL_INDEX = 'removalRequestedOn';
export const CHANGES_CHANNEL = 'think-twice-evidence-changes';

function promised<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(STORE)) {
          const store = db.createObjectStore(STORE, { keyPath: 'id' });
          // Only records with a removal request are in this index: the popup's reminder reads just those.
          store.createIndex(REMOVAL_INDEX, 'removalRequestedOn');
        }
      };
      req.onsuccess = () => {
        const db = req.result;
        // Another context upgrading the database: step aside and reopen next time.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        db.onclose = () => {
          opening = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error ?? new Error('Could not open the evidence database'));
      req.onblocked = () => reject(new Error('The evidence database is busy in another window: close it and try again'));
    });
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}

function announce(): void {
  try {
    const ch = new BroadcastChannel(CHANGES_CHANNEL);
    ch.postMessage('changed');
    ch.close();
  } catch {
    // No BroadcastChannel: pages refresh on their next load.
  }
}

/** Calls `fn` whenever a record is added, changed or deleted (in any of the extension's contexts). Returns an unsubscribe. */
export function onEvidenceChanged(fn: () => void): () => void {
  const ch = new BroadcastChannel(CHANGES_CHANNEL);
  ch.onmessage = () => fn();
  return () => ch.close();
}

/** Saves a new record (validated first). */
export async function addRecord(record: EvidenceRecord): Promise<void> {
  const valid = evidenceRecordSchema.parse(record);
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).add(valid);
  await done(tx);
  announce();
}

export interface Listing {
  /** Newest first. */
  records: EvidenceRecord[];
  /** How many stored entries could not be read as records. */
  unreadable: number;
}

export async function listRecords(): Promise<Listing> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readonly');
  const all = await promised(tx.objectStore(STORE).getAll());
  const records: EvidenceRecord[] = [];
  let unreadable = 0;
  for (const value of all) {
    const r = parseRecord(value);
    if (r) records.push(r);
    else unreadable++;
  }
  return { records: newestFirst(records), unreadable };
}

/** The records with a removal request (checked or not), without reading every screenshot. */
export async function listRemovalRequests(): Promise<EvidenceRecord[]> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readonly');
  const all = await promised(tx.objectStore(STORE).index(REMOVAL_INDEX).getAll());
  return all.map(parseRecord).filter((r): r is EvidenceRecord => r !== null);
}

/** Changes the editable fields of one record, in one transaction. Returns the updated record. */
export async function updateRecord(id: string, edit: EvidenceEdit): Promise<EvidenceRecord> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const current = parseRecord(await promised(store.get(id)));
  if (!current) {
    tx.abort();
    throw new Error('That record no longer exists.');
  }
  const next = applyEdit(current, edit);
  store.put(next);
  await done(tx);
  announce();
  return next;
}

export async function deleteRecord(id: string): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).delete(id);
  await done(tx);
  announce();
}

/** Deletes every record, readable or not. */
export async function deleteAllRecords(): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).clear();
  await done(tx);
  announce();
}
