# The API only; Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/package.json web/package-lock.json web/
RUN npm --prefix web ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY seed seed
COPY bench bench
# bench/explorer.ts shares the browser tests' harness.
COPY test/browser test/browser
COPY web web
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist dist
COPY --from=build /app/web/dist web/dist
COPY schema schema
COPY cypher cypher
COPY seed seed
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
