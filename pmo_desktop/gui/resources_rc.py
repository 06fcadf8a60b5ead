# generated from resources/resources.qrc by scripts/build_qt.py — do not edit
# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x05`\
/\
* PMO Desktop: a\
 restrained styl\
e on top of the \
platform palette\
.\x0a   Colours com\
e from palette()\
 roles so light \
and dark schemes\
 both read well.\
 */\x0a\x0aQListView#n\
avRail {\x0a    bac\
kground: palette\
(window);\x0a    bo\
rder: none;\x0a    \
border-right: 1p\
x solid palette(\
mid);\x0a    paddin\
g: 10px 6px;\x0a   \
 outline: 0;\x0a}\x0a\x0a\
QListView#navRai\
l::item {\x0a    pa\
dding: 8px 8px;\x0a\
    margin: 1px \
0px;\x0a    border-\
radius: 6px;\x0a   \
 color: palette(\
window-text);\x0a}\x0a\
\x0aQListView#navRa\
il::item:hover {\
\x0a    background:\
 palette(midligh\
t);\x0a}\x0a\x0aQListView\
#navRail::item:s\
elected {\x0a    ba\
ckground: palett\
e(highlight);\x0a  \
  color: palette\
(highlighted-tex\
t);\x0a}\x0a\x0aQLabel[ro\
le=\x22title\x22] {\x0a  \
  font-size: 20p\
x;\x0a    font-weig\
ht: 600;\x0a}\x0a\x0aQLab\
el[role=\x22subtitl\
e\x22] {\x0a    color:\
 palette(placeho\
lder-text);\x0a}\x0a\x0aQ\
Label[role=\x22note\
\x22] {\x0a    color: \
palette(placehol\
der-text);\x0a}\x0a\x0aQF\
rame[role=\x22card\x22\
] {\x0a    backgrou\
nd: palette(base\
);\x0a    border: 1\
px solid palette\
(mid);\x0a    borde\
r-radius: 8px;\x0a}\
\x0a\x0aQLabel[role=\x22c\
ard-value\x22] {\x0a  \
  font-size: 26p\
x;\x0a    font-weig\
ht: 600;\x0a}\x0a\x0aQLab\
el[role=\x22card-la\
bel\x22] {\x0a    colo\
r: palette(place\
holder-text);\x0a}\x0a\
\x0aQLabel[role=\x22ba\
dge\x22] {\x0a    bord\
er: 1px solid pa\
lette(mid);\x0a    \
border-radius: 1\
0px;\x0a    padding\
: 2px 10px;\x0a    \
color: palette(w\
indow-text);\x0a}\x0a\x0a\
QLabel[role=\x22emp\
ty-state\x22] {\x0a   \
 color: palette(\
placeholder-text\
);\x0a    font-size\
: 15px;\x0a    padd\
ing: 40px;\x0a}\x0a\x0aQL\
abel[role=\x22secti\
on\x22] {\x0a    font-\
weight: 600;\x0a}\x0a\
\x00\x00\x01u\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x221.7\
5\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22>\x0a  <circle cx=\
\x229\x22 cy=\x228.5\x22 r=\x22\
3.5\x22/>\x0a  <path d\
=\x22M2.5 20c.6-3.6\
 3.2-5.5 6.5-5.5\
s5.9 1.9 6.5 5.5\
\x22/>\x0a  <path d=\x22M\
15.5 5.2a3.5 3.5\
 0 0 1 0 6.6\x22/>\x0a\
  <path d=\x22M18 1\
4.8c1.9.7 3.1 2.\
4 3.5 5.2\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x01\x11\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x221.7\
5\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22>\x0a  <path d=\x22M1\
2 3.5 21.5 20h-1\
9z\x22/>\x0a  <path d=\
\x22M12 10v4.5\x22/>\x0a \
 <path d=\x22M12 17\
.3v.2\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01.\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x221.7\
5\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22>\x0a  <path d=\x22M6\
 3h8.5L19 7.5V21\
H6z\x22/>\x0a  <path d\
=\x22M14 3v5h5\x22/>\x0a \
 <path d=\x22M9.5 1\
7.5v-3M12.5 17.5\
v-5.5M15.5 17.5v\
-2\x22/>\x0a</svg>\x0a\
\x00\x00\x01\xa6\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22>\x0a  <rect x=\x221\x22\
 y=\x221\x22 width=\x2222\
\x22 height=\x2222\x22 rx\
=\x225\x22 fill=\x22#2f5f\
b3\x22/>\x0a  <g fill=\
\x22none\x22 stroke=\x22#\
ffffff\x22 stroke-w\
idth=\x221.8\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22>\x0a    <\
path d=\x22M6 17.5v\
-4\x22/>\x0a    <path \
d=\x22M10 17.5v-7\x22/\
>\x0a    <path d=\x22M\
14 17.5v-5\x22/>\x0a  \
  <path d=\x22M18 1\
7.5V7.5\x22/>\x0a    <\
path d=\x22M5.5 9.5\
 10 6.5l4 2.5 4.\
5-3\x22/>\x0a  </g>\x0a</\
svg>\x0a\
\x00\x00\x01\x5c\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x221.7\
5\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22>\x0a  <rect x=\x223\x22\
 y=\x224\x22 width=\x225\x22\
 height=\x2216\x22 rx=\
\x221.2\x22/>\x0a  <rect \
x=\x229.5\x22 y=\x224\x22 wi\
dth=\x225\x22 height=\x22\
11\x22 rx=\x221.2\x22/>\x0a \
 <rect x=\x2216\x22 y=\
\x224\x22 width=\x225\x22 he\
ight=\x226\x22 rx=\x221.2\
\x22/>\x0a</svg>\x0a\
\x00\x00\x01]\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x221.7\
5\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22>\x0a  <rect x=\x223\x22\
 y=\x224\x22 width=\x2218\
\x22 height=\x2216\x22 rx\
=\x221.5\x22/>\x0a  <path\
 d=\x22M3 9h18\x22/>\x0a \
 <path d=\x22M9 4v1\
6\x22/>\x0a  <path d=\x22\
M15 9v11\x22/>\x0a  <p\
ath d=\x22M11.5 13.\
5h1.5M17 16.5h1.\
5\x22/>\x0a</svg>\x0a\
\x00\x00\x01\x1c\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2224\
\x22 height=\x2224\x22 vi\
ewBox=\x220 0 24 24\
\x22 fill=\x22none\x22 st\
roke=\x22#000000\x22 s\
troke-width=\x221.7\
5\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22>\x0a  <path d=\x22M3\
.5 11 12 4l8.5 7\
\x22/>\x0a  <path d=\x22M\
5.5 9.5V20h13V9.\
5\x22/>\x0a  <path d=\x22\
M10 20v-5.5h4V20\
\x22/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x05\
\x00z\xc0%\
\x00s\
\x00t\x00y\x00l\x00e\
\x00\x07\
\x08sXc\
\x00a\
\x00p\x00p\x00.\x00q\x00s\x00s\
\x00\x0a\
\x07*\x82\x07\
\x00p\
\x00e\x00o\x00p\x00l\x00e\x00.\x00s\x00v\x00g\
\x00\x09\
\x0a&\xa8\xc7\
\x00r\
\x00i\x00s\x00k\x00s\x00.\x00s\x00v\x00g\
\x00\x0b\
\x09G\xd4\x07\
\x00r\
\x00e\x00p\x00o\x00r\x00t\x00s\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0c\
\x02\xa8\x82\x87\
\x00p\
\x00i\x00p\x00e\x00l\x00i\x00n\x00e\x00.\x00s\x00v\x00g\
\x00\x0c\
\x03\x1e\xa3G\
\x00s\
\x00t\x00a\x00f\x00f\x00i\x00n\x00g\x00.\x00s\x00v\x00g\
\x00\x08\
\x068W'\
\x00h\
\x00o\x00m\x00e\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x07\x00\x00\x00\x04\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00 \x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x96\x00\x00\x00\x00\x00\x01\x00\x00\x0a\xce\
\x00\x00\x00\xb4\x00\x00\x00\x00\x00\x01\x00\x00\x0c.\
\x00\x00\x00\xd2\x00\x00\x00\x00\x00\x01\x00\x00\x0d\x8f\
\x00\x00\x004\x00\x00\x00\x00\x00\x01\x00\x00\x05d\
\x00\x00\x00\x82\x00\x00\x00\x00\x00\x01\x00\x00\x09$\
\x00\x00\x00f\x00\x00\x00\x00\x00\x01\x00\x00\x07\xf2\
\x00\x00\x00N\x00\x00\x00\x00\x00\x01\x00\x00\x06\xdd\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
