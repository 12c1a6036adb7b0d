// Starts what the browser tests need: a fresh SQLite database in a temp dir, tables created and
// seeded through the API's own code and `flask seed`, then the API serving the built front end.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const WEBSITE = resolve(import.meta.dirname, '../..')
const API = resolve(WEBSITE, '../dental-api')
const VENV = process.env.PYTHON_VENV ?? resolve(WEBSITE, '../.venv')
const PYTHON = join(VENV, 'bin/python')
const FLASK = join(VENV, 'bin/flask')

export const SEED = {
  adminEmail: 'admin@dentaltech.local',
  adminPassword: 'Admin-Dental-2026',
  clientEmail: 'client@dentaltech.local',
  clientPassword: 'Client-Dental-2026',
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: API, env, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

async function waitForHealth(baseUrl, child, log) {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${log.join('')}`)
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250))
  }
  throw new Error(`the API did not answer /api/health within 60 s:\n${log.join('')}`)
}

const CREATE_TABLES = `
from src import create_app
from src.database import create_extensions
from src.extensions import db
app = create_app()
with app.app_context():
    with db.engine.begin() as connection:
        create_extensions(connection)
    db.create_all()
`

/** Returns { baseUrl, log, restart, stop }. */
export async function startServer({ dist }) {
  const workdir = mkdtempSync(join(tmpdir(), 'dental-e2e-'))
  const port = await freePort()
  const env = {
    ...process.env,
    FLASK_ENV: 'development',
    DATABASE_URL: `sqlite:///${join(workdir, 'e2e.db')}`,
    UPLOAD_FOLDER: join(workdir, 'uploads'),
    FRONTEND_DIST: dist,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    CORS_ORIGINS: `http://127.0.0.1:${port}`,
    BCRYPT_ROUNDS: '4',
    LOGIN_RATE_LIMIT: '1000 per minute',
    REGISTER_RATE_LIMIT: '1000 per hour',
    CHECKOUT_RATE_LIMIT: '1000 per hour',
    // One stock check a second, so the admin's live alerts show up quickly in the tests.
    STOCK_ALERT_INTERVAL: process.env.STOCK_ALERT_INTERVAL ?? '1',
    SEED_ADMIN_EMAIL: SEED.adminEmail,
    SEED_ADMIN_PASSWORD: SEED.adminPassword,
    SEED_CLIENT_EMAIL: SEED.clientEmail,
    SEED_CLIENT_PASSWORD: SEED.clientPassword,
    PYTHONUNBUFFERED: '1',
  }
  run(PYTHON, ['-c', CREATE_TABLES], env)
  process.stdout.write(run(FLASK, ['--app', 'wsgi', 'seed'], env))

  const log = []
  const baseUrl = `http://127.0.0.1:${port}`
  let child = await serve(port, env, log)

  return {
    baseUrl,
    log,
    /** Stops the API and starts it again on the same port and database, as a deployment would. */
    async restart() {
      await kill(child)
      child = await serve(port, env, log)
    },
    async stop() {
      await kill(child)
      rmSync(workdir, { recursive: true, force: true })
    },
  }
}

async function serve(port, env, log) {
  const child = spawn(PYTHON, [join(WEBSITE, 'e2e/serve_api.py'), String(port)], { cwd: API, env })
  child.stdout.on('data', (chunk) => log.push(String(chunk)))
  child.stderr.on('data', (chunk) => log.push(String(chunk)))
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, child, log)
  } catch (error) {
    child.kill('SIGTERM')
    throw error
  }
  return child
}

async function kill(child) {
  if (child.exitCode !== null) return
  child.kill('SIGTERM')
  await new Promise((resolveStop) => child.once('exit', resolveStop))
}
