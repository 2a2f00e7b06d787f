# Briefbot, HTTP mode behind a load balancer (Socket Mode works too; it has no port, so run it with
# --no-healthcheck). Build: docker build -t briefbot .
# Run:   docker run --env-file .env -p 3000:3000 -v briefbot-data:/app/data briefbot
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY seeds ./seeds
# npm ci runs `prepare`, which compiles src/ into dist/ with tsc (a dev dependency); then the dev
# dependencies go. bin/briefbot.js runs dist/ when it is current.
RUN npm ci --include=dev && npm prune --omit=dev && mkdir -p data && chown -R node:node data
USER node
ENV NODE_ENV=production PORT=3000
EXPOSE 3000
# 200 once the documents are loaded, the store answers and Slack accepted the token; 503 with the reason
# otherwise (see README, "Health and start-up").
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is the container's process, not npm or a shell: SIGTERM reaches the bot, which finishes the
# replies in flight and exits 0.
CMD ["node", "bin/briefbot.js", "start"]
