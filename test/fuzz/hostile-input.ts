/**
 * Generators of malformed and hostile input for the fuzz tests: broken markup, odd Unicode, huge
 * attributes, script and style bodies that read like prose. Written here; nothing is copied from the corpus.
 */
import fc from 'fast-check';

/** Sentences in the shape of the followed story, so generated pages exercise actors, claims and figures. */
export const storySentences = [
  'Kataib Hezbollah said it launched three drones at a base in eastern Syria on Tuesday.',
  'The Pentagon said at least 34 service members were wounded, according to a US official.',
  '"We will respond at a time and place of our choosing," Defense Secretary Lloyd Austin told reporters.',
  'More than 40 rockets hit al-Asad Air Base in western Iraq, officials told CNN.',
  'Iran denied any role in the attack near Tower 22 in Jordan, state media reported.',
  'Two dozen troops were treated for traumatic brain injuries, the spokesperson added.',
  'The Islamic Resistance in Iraq claimed responsibility for 150 attacks since Oct. 17.',
  'US forces struck 85 targets across Iraq and Syria on Feb. 2, Central Command said.',
];

/** Unicode and byte-level troublemakers: zero-width, bidi, mixed scripts, emoji, combining marks, lone surrogates, NUL. */
export const oddCharacters = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u0000',
  '\ud800',
  '\udfff',
  '\udc00x\ud83d',
  'قالت وزارة الدفاع',
  'צבא ההגנה',
  '伊拉克 叙利亚 无人机',
  '😀👨‍👩‍👧🇮🇶',
  'e\u0301\u0302\u0303',
  'Z̵̡̛̖͓a̸̢̙l̵̨̛g̷o̵',
  '\u00a0\u2003\u3000',
  '\r\n\r',
  '\t\v\f',
];

/** Markup fragments that parsers and extractors find awkward. */
export const brokenMarkup = [
  '<p>',
  '</p>',
  '<div',
  '</div></div></div>',
  '<p class="a" class="b">',
  '<a href="javascript:alert(1)">',
  '<img src=x onerror=alert(1)>',
  '<script>The Pentagon said 34 troops were wounded in the attack.</script>',
  '<style>p::before{content:"Kataib Hezbollah said"}</style>',
  '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":',
  '<script type="application/ld+json">{"@type":["NewsArticle"],"headline":null,"datePublished":{}}</script>',
  '&amp',
  '&#xD800;',
  '&#0;',
  '&#99999999;',
  '&notanentity;',
  '&#x;',
  '<!--',
  '-->',
  '<![CDATA[x]]>',
  '<svg><p>inside svg</p></svg>',
  '<math><mi><table><td>cell</math>',
  '<table><tr><td><p>cell text</td>',
  '<noscript><p>Only without scripts.</p></noscript>',
  '<template><p>Template body.</p></template>',
  '<textarea><p>not markup</p>',
  '<title>Second title</title>',
  '<meta property="og:type" content="article">',
  '<meta name="author" content="\u0000\ud800">',
  '<time datetime="not a date">yesterday</time>',
  '<article>',
  '</article>',
  '<h1>',
  '<br><br><br>',
  '<p hidden>Hidden paragraph.</p>',
  '<p style="display:none">Invisible.</p>',
  '<iframe srcdoc="<p>framed</p>"></iframe>',
  '<base href="javascript:void(0)">',
  '<',
  '>',
  '"',
  "'",
];

/** Any string mixing story sentences, odd characters, broken markup and random text. */
export const hostileChunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...storySentences) },
  { weight: 3, arbitrary: fc.constantFrom(...oddCharacters) },
  { weight: 4, arbitrary: fc.constantFrom(...brokenMarkup) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** A paragraph of story sentences with hostile chunks spliced in. */
export const hostileParagraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...storySentences) }, hostileChunk), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(' '));

/** A whole page: a plausible article skeleton whose head, body and paragraphs are corrupted at random. */
export const hostilePage: fc.Arbitrary<string> = fc
  .record({
    title: fc.oneof(fc.constantFrom(...storySentences), hostileChunk),
    head: fc.array(hostileChunk, { maxLength: 4 }),
    paragraphs: fc.array(hostileParagraph, { minLength: 0, maxLength: 14 }),
    wrap: fc.constantFrom('article', 'div', 'main', 'section', ''),
    closeTags: fc.boolean(),
    doctype: fc.boolean(),
  })
  .map(({ title, head, paragraphs, wrap, closeTags, doctype }) => {
    const body = paragraphs.map((p) => `<p>${p}${closeTags ? '</p>' : ''}`).join('\n');
    const open = wrap ? `<${wrap}>` : '';
    const close = wrap && closeTags ? `</${wrap}>` : '';
    return `${doctype ? '<!doctype html>' : ''}<html><head><title>${title}</title>${head.join('')}</head><body>${open}<h1>${title}</h1>${body}${close}`;
  });

/** Plain text in the CLI's input shape (title on the first line), corrupted the same way. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(
    hostileChunk,
    fc.array(hostileParagraph, { maxLength: 12 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n'),
  )
  .map(([title, paras, sep]) => [title, ...paras].join(sep));

/** A well-formed article page of `paragraphs` story paragraphs, used where the structure itself is the stress. */
export function storyPage(paragraphs: number, wrap: (inner: string) => string = (s) => s): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>${storySentences[i % storySentences.length]} ${storySentences[(i * 3 + 1) % storySentences.length]}</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>Drone attack on US base</title><meta property="og:type" content="article"></head><body><article><h1>Drone attack on US base</h1>${wrap(body)}</article></body></html>`;
}
