/**
 * XSS payloads planted in the /hostile/ pages. Every one, if it ever ran, bumps
 * `window.__parallaxPwned` or calls `alert(...)`, so a test can tell that page-derived text executed.
 * The demo pages themselves escape them (text nodes, quoted attributes, \u-escaped JSON-LD) and stay inert.
 */
const P = 'window.__parallaxPwned=(window.__parallaxPwned||0)+1';

/** The counter every payload increments; tests read it from the page and the extension's pages. */
export const pwnedCounter = '__parallaxPwned';

/** All planted payloads, distinct, at least 50. */
export const hostilePayloads: string[] = [
  `<img src=x onerror="${P}">`,
  `<script>${P}</script>`,
  `<svg onload="${P}">`,
  `<svg><script>${P}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${P}">`,
  `"><img src=x onerror=${P}>`,
  `'><svg onload=${P}>`,
  `</script><script>${P}</script>`,
  `</title><script>${P}</script>`,
  `javascript:${P}`,
  `JaVaScRiPt:${P}`,
  ` javascript:${P}`,
  `java\tscript:${P}`,
  `data:text/html,<script>${P}</script>`,
  `{{constructor.constructor('${P}')()}}`,
  // A template-literal injection: the literal text "${...}", built with concatenation on purpose.
  `$${'{'}alert('parallax-template')}`,
  `<iframe srcdoc="<script>parent.${P}</script>"></iframe>`,
  `<iframe src="javascript:parent.${P}"></iframe>`,
  `<body onload="${P}">`,
  `<details open ontoggle="${P}"><summary>x</summary></details>`,
  `<input autofocus onfocus="${P}">`,
  `<video><source onerror="${P}"></video>`,
  `<audio src=x onerror="${P}">`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<a href="javascript:${P}">read more</a>`,
  `<form action="javascript:${P}"><button>Submit</button></form>`,
  `<button formaction="javascript:${P}">Share</button>`,
  `<marquee onstart="${P}">breaking</marquee>`,
  `<div style="background:url(javascript:${P})">`,
  `<style>@import 'javascript:${P}';</style>`,
  `<link rel=stylesheet href="javascript:${P}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<base href="javascript:${P}//">`,
  `<svg><animate onbegin="${P}" attributeName=x dur=1s></svg>`,
  `<svg><a xlink:href="javascript:${P}"><text x=20 y=20>open</text></a></svg>`,
  `<math href="javascript:${P}">CLICK</math>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>"></noscript>`,
  `</textarea><img src=x onerror="${P}">`,
  `<!--<img src="--><img src=x onerror=${P}//">`,
  `<img/src/onerror=${P}>`,
  `<svg/onload=${P}>`,
  `<img src=x:alert(alt) onerror=eval(src) alt=parallax>`,
  `<style onload="${P}"></style>`,
  `<select autofocus onfocus="${P}"></select>`,
  `<keygen autofocus onfocus="${P}">`,
  `<x contenteditable onblur="${P}">lose focus</x>`,
  `<div onmouseover="${P}">hover for details</div>`,
  `<template><img src=x onerror="${P}"></template>`,
  `<svg><foreignObject><img src=x onerror="${P}"></foreignObject></svg>`,
  `<table background="javascript:${P}"></table>`,
  `"onmouseover="${P}`,
  `' onfocus='${P}' autofocus='`,
  `\\u003cimg src=x onerror=${P}\\u003e`,
  `&lt;img src=x onerror=${P}&gt;`,
  `%3Cimg%20src%3Dx%20onerror%3D${P}%3E`,
  `<a href="&#106;avascript:${P}">source</a>`,
  `[full report](javascript:${P})`,
  `<scr<script>ipt>${P}</scr</script>ipt>`,
  `<IMG SRC=x ONERROR="${P}">`,
  `<div data-x="</div><img src=x onerror=${P}>"></div>`,
  `<svg><style><img src=x onerror="${P}"></style></svg>`,
  `"-alert('parallax-string')-"`,
  `';${P};//`,
  `<img src=x onerror=alert('parallax')>`,
  `<svg><script href="data:text/javascript,${P}"></script></svg>`,
  `<img src=x onerror="&#x61;lert('parallax-entity');${P}">`,
  // Actor-like capitalised names, so a name recogniser picks the payload up as a group or a person.
  `Kataib <img src=x onerror="${P}"> Hezbollah`,
  `Harakat <svg onload=${P}> al-Nujaba`,
  `Brig. Gen. <b onmouseover=${P}>Pat</b> Ryder`,
  `{{$on.constructor('alert(1)')()}}`,
  `vbscript:alert('parallax-vbs')`,
];

/** True for payloads that are URLs, which the hostile pages also place in link hrefs. */
export function isUrlPayload(p: string): boolean {
  return /^\s*(java\s*script|data|vbscript):/i.test(p);
}
