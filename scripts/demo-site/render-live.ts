import { type LiveStory, lateBodyStory, spaStoryA, spaStoryB } from './articles/live-stories';
import { escText, jsonForScript } from './html';
import { renderShell } from './layout';
import { outlets } from './outlets';
import type { DemoPage, RenderContext } from './types';

/** A page rendered by its own function rather than the article template. */
export interface DynamicPage {
  page: DemoPage;
  render(ctx: RenderContext): string;
}

// The page scripts build the body with createElement/textContent, never innerHTML.
const fill = `function fill(body,paras){body.textContent='';paras.forEach(function(t){var p=document.createElement('p');p.textContent=t;body.appendChild(p);});}`;

const lateScript = `(function(){${fill}
var data=JSON.parse(document.getElementById('story-data').textContent);
function go(){setTimeout(function(){var body=document.getElementById('story-body');fill(body,data.paragraphs);body.removeAttribute('aria-busy');document.documentElement.setAttribute('data-story-loaded','1');},800);}
if(document.readyState==='complete'){go();}else{window.addEventListener('load',go);}})();`;

const spaScript = `(function(){${fill}
var stories=JSON.parse(document.getElementById('story-data').textContent);
function pick(path){for(var i=0;i<stories.length;i++){if(stories[i].path===path)return stories[i];}return stories[0];}
function render(s){document.title=s.title+' | ${outlets.dispatch.name}';document.getElementById('story-title').textContent=s.title;
document.getElementById('story-author').textContent=s.byline;var t=document.getElementById('story-time');t.setAttribute('datetime',s.publishedTime);t.textContent=new Date(s.publishedTime).toUTCString();
fill(document.getElementById('story-body'),s.paragraphs);document.documentElement.setAttribute('data-story',s.path);}
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-spa]');if(!a)return;e.preventDefault();
var path=a.getAttribute('href');if(path===location.pathname)return;history.pushState({path:path},'',path);render(pick(path));window.scrollTo(0,0);});
window.addEventListener('popstate',function(){render(pick(location.pathname));});
render(pick(location.pathname));})();`;

function storyShell(kicker: string, story: LiveStory, bodyPlaceholder: string): string {
  return `<article class="story"><p class="kicker">${escText(kicker)}</p>
<h1 id="story-title">${escText(story.title)}</h1>
<p class="byline">By <span class="author" id="story-author">${escText(story.byline)}</span></p>
<p class="dateline-meta">Published <time id="story-time" datetime="${story.publishedTime}">${escText(new Date(story.publishedTime).toUTCString())}</time></p>
<div class="story-body" id="story-body" aria-busy="true">${bodyPlaceholder}</div></article>`;
}

function renderLateBody(): string {
  const main = `${storyShell('Iraq', lateBodyStory, '<p class="loading">Loading the full story…</p>')}
<script type="application/json" id="story-data">${jsonForScript(lateBodyStory)}</script>
<script>${lateScript}</script>`;
  return renderShell('harbor', { title: `${lateBodyStory.title} | ${outlets.harbor.name}`, main });
}

function renderSpa(): string {
  const stories = [spaStoryA, spaStoryB];
  const nav = stories.map((s) => `<li><a data-spa href="${s.path}">${escText(s.title)}</a></li>`).join('');
  const main = `${storyShell('Defense', spaStoryA, '')}
<script type="application/json" id="story-data">${jsonForScript(stories)}</script>
<script>${spaScript}</script>`;
  const aside = `<section class="related"><h2>Top stories</h2><ul>${nav}</ul></section>`;
  return renderShell('dispatch', { title: `${spaStoryA.title} | ${outlets.dispatch.name}`, main, aside });
}

/** The pages whose content changes after load: a late body and a pushState single-page app. */
export const dynamicPages: DynamicPage[] = [
  {
    page: {
      path: '/live/late-body.html',
      outlet: outlets.harbor.name,
      title: lateBodyStory.title,
      kind: 'dynamic',
      publishedTime: lateBodyStory.publishedTime,
      schemaOrg: false,
      openGraph: false,
    },
    render: renderLateBody,
  },
  {
    page: {
      path: '/live/spa.html',
      outlet: outlets.dispatch.name,
      title: spaStoryA.title,
      kind: 'dynamic',
      publishedTime: spaStoryA.publishedTime,
      schemaOrg: false,
      openGraph: false,
    },
    render: renderSpa,
  },
];

/** Every address the SPA answers (its stories' paths), so a reload after pushState still works. */
export const spaPaths: string[] = [spaStoryA.path, spaStoryB.path];
