import fs from 'node:fs'

import { parse } from 'yaml'

import { resolveDatabase } from '../../../src/config/env.mjs'

type Service = {
  image?: string
  build?: unknown
  command?: string[]
  healthcheck?: { test: string[] }
  depends_on?: Record<string, { condition: string }>
  environment?: Record<string, string>
  volumes?: string[]
  ports?: string[]
}

const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}

describe('docker-compose.yml', () => {
  const { mongo, app } = compose.services

  it('runs MongoDB as a single-node replica set with a health check and a named volume', () => {
    expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']))
    expect(mongo.healthcheck?.test.join(' ')).toMatch(/rs\.initiate/)
    expect(mongo.healthcheck?.test.join(' ')).toMatch(/isWritablePrimary/)
    const [volume] = (mongo.volumes ?? [])[0]!.split(':')
    expect(Object.keys(compose.volumes)).toContain(volume)
  })

  it('builds the app from the Dockerfile and starts it only when MongoDB is healthy', () => {
    expect(app.build).toBe('.')
    expect(fs.existsSync('Dockerfile')).toBe(true)
    expect(app.depends_on?.mongo?.condition).toBe('service_healthy')
  })

  it('configures the app entirely by environment, with a URI the app accepts and no secret in the file', () => {
    const env = app.environment ?? {}
    expect(resolveDatabase(env.DATABASE_URI)).toMatchObject({ kind: 'mongodb', host: 'mongo:27017' })
    expect(env.DATABASE_URI).toContain('replicaSet=rs0')
    expect(env.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?/)
    expect(env.NODE_ENV).toBe('production')
    // Readers and editors come in through the proxy, so that is the origin Payload must trust.
    expect(env.SERVER_URL).toContain(':8080')
    expect(compose.services.proxy?.ports?.[0]).toContain('8080')
  })

  it('the Dockerfile starts the same script as npm start', () => {
    const dockerfile = fs.readFileSync('Dockerfile', 'utf8')
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    expect(dockerfile).toMatch(/CMD \["node", "scripts\/start\.mjs"\]/)
    expect(pkg.scripts.start).toBe('node scripts/start.mjs')
  })

  it('the image is built without any secret: the build makes its own throwaway one (src/config/env.mjs)', () => {
    const dockerfile = fs.readFileSync('Dockerfile', 'utf8')
    const build = dockerfile.split('\n').find((line) => line.includes('next build')) ?? ''
    expect(build).toContain('next build')
    expect(dockerfile).not.toMatch(/PAYLOAD_SECRET/)
  })

  it('the proxy never passes the internal change route on from outside', () => {
    const nginx = fs.readFileSync('deploy/nginx.conf.template', 'utf8')
    expect(nginx).toMatch(/location \^~ \/api\/internal\/ \{\s*return 404;\s*\}/)
  })
})
