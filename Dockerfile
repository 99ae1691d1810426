# The API (and, with another command, the training worker) for production.
# Not built on the development machines (no Docker engine there): kept simple and reviewed by hand.

# The admin console is built with the dev dependencies (Vite, React, GraphiQL)...
FROM node:20-bookworm-slim AS console
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && node scripts/build-console.mjs --force

# ...and served by an image with the runtime dependencies only, plus ffmpeg for media ingest.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json .npmrc ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
COPY --from=console /app/console/dist ./console/dist
EXPOSE 4000
CMD ["npm", "start"]
