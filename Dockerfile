# Builds the labor-etl executable and ships it in a slim image with libpq.
#   docker build -t labor-etl .
#   docker run --rm -e DATABASE_URL=postgresql://… -v /archive:/data:ro labor-etl load /data
FROM swift:6.0-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev pkg-config && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product labor-etl --static-swift-stdlib \
 && cp "$(swift build -c release --show-bin-path)/labor-etl" /usr/local/bin/labor-etl

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates tzdata && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home /nonexistent labor
COPY --from=build /usr/local/bin/labor-etl /usr/local/bin/labor-etl
USER labor
ENTRYPOINT ["/usr/local/bin/labor-etl"]
CMD ["--help"]
