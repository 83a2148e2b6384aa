# syntax=docker/dockerfile:1
# Multi-stage build of the standalone Next.js server. The final image holds only the
# standalone output, runs as a non-root user and works with a read-only root file system
# (mount an emptyDir at /tmp; the app writes nowhere else).

FROM node:20-bookworm-slim AS deps
WORKDIR /src
COPY package.json package-lock.json ./
# npm install, not npm ci: the lockfile cannot list other platforms' SWC binaries
RUN npm install --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /src
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /src/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
# heap caps: see server/runtime-options.mjs
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS="--max-old-space-size=160 --max-semi-space-size=8" \
    HOSTNAME=0.0.0.0 \
    PORT=3000
WORKDIR /app
RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-create-home app
COPY --from=build --chown=10001:10001 /src/.next/standalone ./
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "serve.mjs"]
