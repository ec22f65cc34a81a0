import json,os,re,sys,datetime
d=sys.argv[1] if len(sys.argv)>1 else os.path.dirname(os.path.abspath(__file__)); L=json.load(open(d+"/labels.json"))
KEYS=["file","source_url","site","speaker","speaker_role","country","forum","meeting","date","doc_type","location","notes"]
files=sorted(os.listdir(d+"/docs")); assert files==[l["file"] for l in L], "file mismatch"
from collections import Counter
DT={"statement","right_of_reply","letter","note_verbale","joint_statement","explanation_of_vote","press_release","other"}
MON="january february march april may june july august september october november december".split()
for l in L:
    assert list(l.keys())==KEYS, l["file"]
    raw=open(d+"/docs/"+l["file"],"rb").read(); t=raw.decode("utf-8"); tl=t.lower()
    assert not t.endswith("\n")
    assert l["doc_type"] in DT
    for k in ["speaker","speaker_role","location"]:
        if l[k] and l[k].lower() not in tl: print(l["file"],k,"NOT FOUND:",l[k])
    if l["meeting"] and l["meeting"].lower() not in tl: print(l["file"],"meeting not verbatim:",l["meeting"])
    if l["date"]:
        dt=datetime.date.fromisoformat(l["date"])
        if str(dt.year) not in t: print(l["file"],"year missing")
        if not re.search(r'(?<!\d)0?%d(?!\d)'%dt.day,t): print(l["file"],"day missing")
    if len(raw)<1400 or len(raw)>2000: print(l["file"],"size",len(raw))
    for k in KEYS:
        if l[k]=="" : print(l["file"],k,"empty string")
print(Counter(l["doc_type"] for l in L)); print(Counter(l["forum"] for l in L)); print(Counter(l["country"] for l in L)); print(Counter(l["site"] for l in L))
