import { escAttr, escText, inlineMarkup } from './html';
import { adSlot, renderShell } from './layout';
import { outlets } from './outlets';
import { articleMetadata, dateLine } from './render-article';
import type { Citation, ReferenceSection, ReferenceSpec, RenderContext } from './types';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Numbers citations in order of first use and remembers every use, as an encyclopedia's footnotes do. */
function footnotes(citations: Record<string, Citation>) {
  const order: string[] = [];
  const uses = new Map<string, number>();
  const mark = (key: string): string => {
    if (!citations[key]) throw new Error(`reference page cites unknown source "${key}"`);
    if (!uses.has(key)) order.push(key);
    const n = order.indexOf(key) + 1;
    const k = uses.get(key) ?? 0;
    uses.set(key, k + 1);
    return `<sup class="reference" id="cite-ref-${n}-${k}"><a href="#cite-note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
  };
  const list = (): string =>
    order
      .map((key, i) => {
        const c = citations[key];
        const n = i + 1;
        const count = uses.get(key) ?? 1;
        const back =
          count === 1
            ? `<b><a href="#cite-ref-${n}-0" aria-label="Back to the text">^</a></b>`
            : `^ ${Array.from({ length: count }, (_, k) => `<a href="#cite-ref-${n}-${k}"><sup><i><b>${String.fromCharCode(97 + k)}</b></i></sup></a>`).join(' ')}`;
        const title = c.path
          ? `<a class="external text" href="${escAttr(c.path)}">“${escText(c.title)}”</a>`
          : `“${escText(c.title)}”`;
        return `<li id="cite-note-${n}"><span class="mw-cite-backlink">${back}</span> <span class="reference-text"><cite id="CITEREF${n}" class="citation news cs1"><span class="cs1-kern-left"></span>${title}<span class="cs1-kern-right"></span>. <i><a href="/ledger/reference/${slug(c.outlet)}" title="${escAttr(c.outlet)}">${escText(c.outlet)}</a></i>. <span class="cs1-date"><time datetime="${c.date}">${escText(c.date)}</time></span>. <span class="cs1-archive"><a class="archive" href="/ledger/archive/${c.date}/${slug(c.title)}">Archived</a> from the original on <span class="nowrap">${escText(c.date)}</span></span>. <span class="reference-accessdate">Retrieved <span class="nowrap">1 July 2025</span></span>.</cite><span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft.genre=article&amp;rft.atitle=${escAttr(encodeURIComponent(c.title))}"></span></span></li>`;
      })
      .join('\n');
  return { mark, list };
}

/** Names linked on their first mention in each paragraph, as an encyclopedia links its terms. */
const LINKED_TERMS = [
  'Islamic Resistance in Iraq',
  'Popular Mobilization Forces',
  'Syrian Democratic Forces',
  'Kataib Sayyid al-Shuhada',
  'Mohammed Shia al-Sudani',
  'Abu Mahdi al-Muhandis',
  'War Powers Resolution',
  'Harakat al-Nujaba',
  'Kataib Hezbollah',
  'Qassem Soleimani',
  'Revolutionary Guard',
  'Central Command',
  'Akram al-Kaabi',
  'Islamic State',
  'Lloyd Austin',
  'John Kirby',
  'Ain al-Asad',
  'Deir ez-Zor',
  'Green Village',
  'Al-Shaddadi',
  'Quds Force',
  'Abu Kamal',
  'Union III',
  'Tower 22',
  'Al-Tanf',
  'Rumalyn',
  'Mayadin',
  'Kirkuk',
  'Baghdad',
  'Anbar',
  'Erbil',
  'Harir',
  'Pentagon',
  'Congress',
  'Jordan',
  'Hamas',
  'Israel',
  'Syria',
  'Gaza',
  'Iraq',
  'Iran',
];

const slugs = new Map(LINKED_TERMS.map((t) => [t, slug(t)]));

/** Links the first mention of each known term outside existing links (longest names first). */
function linkTerms(html: string): string {
  let out = html;
  for (const term of LINKED_TERMS) {
    const parts = out.split(/(<[^>]+>)/);
    let inLink = 0;
    let done = false;
    out = parts
      .map((part) => {
        if (part.startsWith('<a ')) inLink++;
        else if (part === '</a>') inLink--;
        if (done || inLink > 0 || part.startsWith('<')) return part;
        const i = part.search(new RegExp(`\\b${term.replace(/[-]/g, '\\-')}\\b`));
        if (i < 0) return part;
        done = true;
        return `${part.slice(0, i)}<a href="/ledger/reference/${slugs.get(term)}" title="${escAttr(term)}">${term}</a>${part.slice(i + term.length)}`;
      })
      .join('');
  }
  return out;
}

function paragraph(text: string, mark: (key: string) => string): string {
  return `<p>${linkTerms(inlineMarkup(text)).replace(/\{\{([a-z0-9-]+)\}\}/g, (_m, key: string) => mark(key))}</p>`;
}

function toc(sections: ReferenceSection[], extra: string[]): string {
  const item = (s: ReferenceSection, n: string): string => {
    const sub = (s.subsections ?? []).map((x, i) => item(x, `${n}.${i + 1}`)).join('');
    return `<li class="toclevel"><a href="#${s.id}"><span class="tocnumber">${n}</span> <span class="toctext">${escText(s.heading)}</span></a>${sub ? `<ol>${sub}</ol>` : ''}</li>`;
  };
  const named = sections.filter((s) => s.heading);
  const rest = extra.map(
    (h, i) =>
      `<li class="toclevel"><a href="#${slug(h)}"><span class="tocnumber">${named.length + i + 1}</span> <span class="toctext">${escText(h)}</span></a></li>`,
  );
  return `<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${named.map((s, i) => item(s, String(i + 1))).join('')}${rest.join('')}</ol></nav>`;
}

function heading(level: 2 | 3, id: string, text: string, n: number): string {
  return `<h${level} id="${id}"><span class="mw-headline">${escText(text)}</span><span class="mw-editsection"> [<a href="/ledger/reference/edit?section=${n}" aria-label="Edit section: ${escAttr(text)}">edit</a>]</span></h${level}>`;
}

function casualtyTable(r: ReferenceSpec): string {
  const head = ['Date', 'Place', 'Weapon', 'US deaths', 'US injuries']
    .map((h) => `<th scope="col">${h}</th>`)
    .join('');
  const rows = r.casualtyTable
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escText(cell)}</th>` : `<td>${escText(cell)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<table class="wikitable sortable"><caption>Attacks that killed or injured US personnel</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Navigation boxes at the foot of the page: title, then groups of links. */
const NAVBOXES: [string, [string, string[]][]][] = [
  [
    'Attacks on US forces in the Middle East, 2023–2024',
    [
      [
        'US sites',
        [
          'Ain al-Asad air base',
          'Erbil air base',
          'Harir air base',
          'Union III',
          'US embassy in Baghdad',
          'Al-Tanf garrison',
          'Green Village',
          'Conoco gas field',
          'Al-Shaddadi',
          'Rumalyn landing zone',
          'Tower 22',
          'Qasrak',
        ],
      ],
      [
        'Events',
        [
          'October 2023 drone attacks',
          'Abu Kamal strikes',
          'Erbil air base attack',
          'January 2024 Baghdad strike',
          'Tower 22 drone attack',
          'February 2024 US strikes',
          'February 2024 Baghdad strike',
          'Ain al-Asad missile attacks',
        ],
      ],
      [
        'Context',
        [
          'Operation Inherent Resolve',
          'US forces in Iraq',
          'US forces in Syria',
          'Iran–United States relations',
          'Gaza war',
          'Red Sea attacks',
          '2020 Baghdad airport strike',
          'Operation Martyr Soleimani',
        ],
      ],
    ],
  ],
  [
    'Iran-aligned armed groups in Iraq',
    [
      [
        'Groups',
        [
          'Kataib Hezbollah',
          'Harakat Hezbollah al-Nujaba',
          'Kataib Sayyid al-Shuhada',
          'Asaib Ahl al-Haq',
          'Badr Organization',
          'Kataib al-Imam Ali',
          'Saraya Khorasani',
          'Kataib Jund al-Imam',
        ],
      ],
      ['Umbrellas', ['Islamic Resistance in Iraq', 'Popular Mobilization Forces', 'Coordination Framework']],
      ['Backers', ['Quds Force', 'Islamic Revolutionary Guard Corps', 'Axis of Resistance']],
      [
        'Leaders',
        [
          'Akram al-Kaabi',
          'Abu Fadak al-Mohammadawi',
          'Qais al-Khazali',
          'Hadi al-Amiri',
          'Abu Alaa al-Walai',
        ],
      ],
    ],
  ],
  [
    'Gaza war: regional spillover',
    [
      [
        'Fronts',
        [
          'Israel–Hezbollah conflict',
          'Red Sea crisis',
          'Attacks on US forces in Iraq and Syria',
          'Iran–Israel conflict',
        ],
      ],
      [
        'Responses',
        [
          'Operation Prosperity Guardian',
          'Operation Poseidon Archer',
          'February 2024 US strikes in Iraq and Syria',
        ],
      ],
    ],
  ],
];

function navboxes(): string {
  return NAVBOXES.map(([title, groups]) => {
    const rows = groups
      .map(
        ([group, links]) =>
          `<tr><th scope="row" class="navbox-group">${escText(group)}</th><td class="navbox-list"><div><ul>${links.map((l) => `<li><a href="/ledger/reference/${slug(l)}">${escText(l)}</a></li>`).join('')}</ul></div></td></tr>`,
      )
      .join('');
    const vte = ['view', 'talk', 'edit']
      .map(
        (v) =>
          `<li><a href="/ledger/reference/template/${slug(title)}?${v}"><abbr title="${v}">${v[0]}</abbr></a></li>`,
      )
      .join('');
    return `<div class="navbox" role="navigation" aria-label="${escAttr(title)}"><table class="navbox-inner"><tbody><tr><th scope="col" colspan="2" class="navbox-title"><div class="navbar"><ul>${vte}</ul></div><div>${escText(title)}</div></th></tr>${rows}</tbody></table></div>`;
  }).join('\n');
}

/** The "part of a series" box beside the lead, linking the story's main articles. */
const SERIES: [string, string[]][] = [
  [
    'Background',
    ['Iraq War', 'War against the Islamic State', 'Operation Inherent Resolve', '2019–2020 Iraq crisis'],
  ],
  [
    'Campaign',
    ['October 2023 drone attacks', 'Erbil air base attack', 'Tower 22 drone attack', 'Al-Omar drone attack'],
  ],
  [
    'US strikes',
    ['Abu Kamal strikes', 'Jurf al-Nasr strikes', 'February 2024 US strikes', 'February 2024 Baghdad strike'],
  ],
  [
    'Diplomacy',
    ['Higher Military Commission', 'Strategic Framework Agreement', 'End of the coalition mission in Iraq'],
  ],
];

function seriesBox(): string {
  const groups = SERIES.map(
    ([h, links]) =>
      `<li class="sidebar-group"><span class="sidebar-heading">${escText(h)}</span><ul>${links.map((l) => `<li><a href="/ledger/reference/${slug(l)}">${escText(l)}</a></li>`).join('')}</ul></li>`,
  ).join('');
  return `<aside class="sidebar" aria-label="Part of a series"><p class="sidebar-title">Part of a series on the <a href="/ledger/reference/iraqi-militias">Iraqi militias</a></p><ul>${groups}</ul></aside>`;
}

/** A locator map drawn inline (no image request): a pin and a label per place. */
function locatorMap(pins: [string, number, number][]): string {
  const marks = pins
    .map(
      ([name, x, y]) =>
        `<g class="pin"><title>${escText(name)}</title><circle cx="${x * 3}" cy="${y * 2}" r="3" fill="#b3261e"/><text x="${x * 3 + 5}" y="${y * 2 + 3}" font-size="8">${escText(name)}</text></g>`,
    )
    .join('');
  return `<figure class="locator"><svg viewBox="0 0 300 200" width="100%" role="img" aria-label="Map of the bases named on this page"><rect width="300" height="200" fill="#e9e4d8"/><path d="M0 120 L90 100 L140 140 L300 110 L300 200 L0 200Z" fill="#d8cfbd"/>${marks}</svg><figcaption>Sites named on this page (not to scale).</figcaption></figure>`;
}

function citationText(c: Citation): string {
  const title = c.path ? `<a href="${escAttr(c.path)}">“${escText(c.title)}”</a>` : `“${escText(c.title)}”`;
  return `<cite class="citation news">${title}. <i>${escText(c.outlet)}</i>. <time datetime="${c.date}">${escText(c.date)}</time>.</cite>`;
}

/** Renders a reference page: an encyclopedia-style article in the outlet's chrome. */
export function renderReference(r: ReferenceSpec, ctx: RenderContext): string {
  const notes = footnotes(r.citations);
  let n = 0;
  const section = (s: ReferenceSection, level: 2 | 3): string => {
    const body = s.paragraphs.map((p) => paragraph(p, notes.mark)).join('\n');
    const table = s.id === 'casualties' ? casualtyTable(r) : '';
    const subs = (s.subsections ?? []).map((x) => section(x, 3)).join('\n');
    if (!s.heading) return body;
    n++;
    // Encyclopedia sections point to their main article first.
    const hatnote = `<div role="note" class="hatnote">Main article: <a href="/ledger/reference/${slug(s.heading)}">${escText(s.heading)}</a></div>`;
    return `<section aria-labelledby="${s.id}">${heading(level, s.id, s.heading, n)}\n${hatnote}${body}${table}\n${subs}</section>`;
  };
  const [lead, ...rest] = r.sections;
  const leadHtml = section(lead, 2);
  const restHtml = rest.map((s) => section(s, 2)).join('\n');
  const seeAlso = r.seeAlso
    .map((t) => `<li><a href="/ledger/reference/${slug(t)}">${escText(t)}</a></li>`)
    .join('');
  const infobox = r.infobox
    .map(([k, v]) => `<tr><th scope="row">${escText(k)}</th><td>${escText(v)}</td></tr>`)
    .join('');
  const main = `<article class="story reference">
<p class="kicker">${escText(r.section)}</p>
<h1>${escText(r.title)}</h1>
${r.standfirst ? `<p class="standfirst">${escText(r.standfirst)}</p>` : ''}
<p class="byline">By <span class="author">${escText(r.byline)}</span></p>
${dateLine(r)}
<table class="infobox"><caption>${escText(r.title)}</caption><tbody><tr><td colspan="2">${locatorMap(r.mapPins)}</td></tr>${infobox}</tbody></table>
${seriesBox()}
<div class="story-body">
${leadHtml}
${toc(r.sections, ['See also', 'Notes', 'References', 'Further reading'])}
${restHtml}
${adSlot('inline')}
<section aria-labelledby="see-also">${heading(2, 'see-also', 'See also', ++n)}<ul class="see-also">${seeAlso}</ul></section>
<section aria-labelledby="notes">${heading(2, 'notes', 'Notes', ++n)}<ol class="notelist" type="a">${r.notes.map((t, i) => `<li id="note-${i + 1}"><span class="mw-cite-backlink"><b>^</b></span> <span class="reference-text">${escText(t)}</span></li>`).join('')}</ol></section>
<section aria-labelledby="references">${heading(2, 'references', 'References', ++n)}<ol class="references">${notes.list()}</ol></section>
<section aria-labelledby="further-reading">${heading(2, 'further-reading', 'Further reading', ++n)}<ul class="further">${r.furtherReading.map((c) => `<li>${citationText(c)}</li>`).join('')}</ul></section>
${navboxes()}
<div class="catlinks" role="navigation" aria-label="Categories">Categories: ${NAVBOXES.flatMap(([, groups]) =>
    groups.flatMap(([, l]) => l),
  )
    .slice(0, 12)
    .map((l) => `<a href="/ledger/category/${slug(l)}">${escText(l)}</a>`)
    .join(' · ')}</div>
</div>
</article>`;
  const rail = (h: string, items: string[]) =>
    `<section class="related"><h2>${escText(h)}</h2><ol>${items.map((t) => `<li><a href="/ledger/reference/${slug(t)}"><span class="headline">${escText(t)}</span></a></li>`).join('')}</ol></section>`;
  const aside = `${rail('Most read in Reference', r.seeAlso)}${rail(
    'Series',
    SERIES.flatMap(([, l]) => l),
  )}`;
  return renderShell(r.outlet, {
    title: `${r.title} | ${outlets[r.outlet].name}`,
    head: articleMetadata(r, ctx),
    main,
    aside,
  });
}
