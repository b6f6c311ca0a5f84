// Imported first by the benchmark scripts: the server they measure runs as `NODE_ENV=production
// npm start` does. Libraries read NODE_ENV once, when they load (graphql-js checks every
// `instanceof` for duplicate copies of itself outside production, about 3% of a request), so
// this has to run before any of them is imported. An explicit NODE_ENV is left as it is.
process.env.NODE_ENV ??= 'production';
