/**
 * The fallback for browsers without the CSS Custom Highlight API: wraps highlighted text in
 * `<mark data-parallax="name …">`. It changes the DOM (never the text), so every mark is removed on teardown.
 * All ranges are cut into pieces before the first mutation, because moving a text node collapses live ranges.
 */

interface Piece {
  node: Text;
  start: number;
  end: number;
  item: number;
}

function textPieces(range: Range, item: number): Piece[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3)
    return [{ node: root as Text, start: range.startOffset, end: range.endOffset, item }];
  const doc = root.ownerDocument ?? (root as Document);
  const pieces: Piece[] = [];
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.length;
    const parent = t.parentNode?.nodeName;
    if (end > start && parent !== 'STYLE' && parent !== 'SCRIPT' && t.data.slice(start, end).trim())
      pieces.push({ node: t, start, end, item });
  }
  return pieces;
}

/** Wraps each range's text in marks carrying its name; returns, per range, its marks in document order. */
export function wrapRanges(targets: { range: Range; name: string }[]): HTMLElement[][] {
  const byNode = new Map<Text, Piece[]>();
  targets.forEach((t, i) => {
    for (const p of textPieces(t.range, i)) {
      const list = byNode.get(p.node) ?? [];
      list.push(p);
      byNode.set(p.node, list);
    }
  });
  const out: HTMLElement[][] = targets.map(() => []);
  for (const [node, pieces] of byNode) {
    const cuts = [...new Set(pieces.flatMap((p) => [p.start, p.end]).concat(0, node.length))].sort(
      (a, b) => a - b,
    );
    const segments: { text: Text; from: number; to: number }[] = [];
    // Right to left, so each split leaves the offsets still to be cut unchanged.
    for (let k = cuts.length - 2; k >= 0; k--) {
      const text = cuts[k] > 0 ? node.splitText(cuts[k]) : node;
      segments.unshift({ text, from: cuts[k], to: cuts[k + 1] });
    }
    for (const seg of segments) {
      const covering = pieces.filter((p) => p.start <= seg.from && p.end >= seg.to);
      if (!covering.length) continue;
      const mark = node.ownerDocument.createElement('mark');
      mark.dataset.parallax = [...new Set(covering.map((p) => targets[p.item].name))].join(' ');
      seg.text.parentNode?.insertBefore(mark, seg.text);
      mark.append(seg.text);
      for (const p of covering) out[p.item].push(mark);
    }
  }
  for (const list of out) list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return out;
}

/** Removes marks and merges the text nodes they split, restoring the page's DOM. */
export function unwrapMarks(marks: Iterable<HTMLElement>): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}
