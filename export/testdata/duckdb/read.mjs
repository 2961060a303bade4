// Reads a Parquet file with DuckDB and prints its rows as JSON, so that the
// Go tests check our Parquet with a reader that is not parquet-go.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet('${file.replace(/'/g, "''")}') ORDER BY event_id`);
const rows = reader.getRowObjectsJson();
process.stdout.write(JSON.stringify(rows));
