import * as acorn from 'acorn';
import {readFileSync} from 'node:fs';
const src = readFileSync('dist/Code.js','utf8');
const ast = acorn.parse(src,{ecmaVersion:'latest'});
let total=0, n=0; const list=[];
(function walk(node){ if(!node||typeof node.type!=='string')return;
 if(node.type==='Literal'&&typeof node.value==='string'){total+=node.end-node.start;n++;list.push([node.end-node.start,src.slice(node.start,Math.min(node.end,node.start+120))]);}
 if(node.type==='TemplateElement'){total+=node.end-node.start;n++;list.push([node.end-node.start,src.slice(node.start,Math.min(node.end,node.start+120))]);}
 for(const k in node){const v=node[k]; if(Array.isArray(v))v.forEach(walk); else if(v&&typeof v.type==='string')walk(v);} })(ast);
console.log('string bytes',total,'count',n, 'file', src.length);
list.sort((a,b)=>b[0]-a[0]); for(const [l,s] of list.slice(0,60)) console.log(l, s.replace(/\n/g,' '));
// duplicates
const m=new Map(); for(const [l,s] of list){m.set(s,(m.get(s)??0)+1)}
let dup=0; for(const [s,c] of m) if(c>1) dup+=(c-1)*s.length; console.log('dup bytes approx',dup);
