import type { ArticleSpec } from './types';

/** On-topic article pages whose every field carries XSS payloads, served under /hostile/. */
export const hostileArticles: ArticleSpec[] = [];
