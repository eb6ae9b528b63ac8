# zhijian production image (docs/deploy.md). Three stages: `build` installs everything and builds the CLI bundle
# and the compressed web UI once; `deps` installs the runtime dependencies alone; the final image holds only
# those, the built files and what the program reads at run time (migrations, the default rule pack) — no sources,
# no compilers, no tsx. One image serves every role: `serve` (default) and `worker`.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the `prepare` build needs the sources; native modules ship prebuilt binaries
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY drizzle ./drizzle
COPY packs ./packs
COPY --from=build /app/dist/zhijian.mjs /app/dist/zhijian.mjs.map ./dist/
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# liveness only; orchestrators route traffic on GET /api/ready (see compose.yaml)
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "bin/zhijian.js"]
CMD ["serve", "--no-demo"]
