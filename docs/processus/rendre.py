# Draws a model of processes/ as a PNG, the way Cockpit and Modeler draw it (bpmn-js viewer in
# Debian's headless Chromium). Once: `npm install --prefix /tmp/rendu bpmn-js@17`; then, from the
# repository: `python3 docs/processus/rendre.py processes/X.bpmn docs/processus/X.png`.
# The layout itself is checked by DiagrammesTest; re-draw the PNG of every model you change.
import json, os, pathlib, re, subprocess, sys, tempfile

source, image = sys.argv[1], sys.argv[2]
xml = pathlib.Path(source).read_text(encoding="utf-8")
xs, ys = [], []
for m in re.finditer(r'<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"', xml):
    x, y, w, h = map(float, m.groups())
    xs += [x, x + w]
    ys += [y, y + h]
for m in re.finditer(r'<di:waypoint x="([-\d.]+)" y="([-\d.]+)"', xml):
    xs.append(float(m.group(1)))
    ys.append(float(m.group(2)))
# Room on the right and below for bpmn-js's logo, away from the last labels.
x0, y0 = min(xs) - 40, min(ys) - 40
largeur, hauteur = int(max(xs) + 110 - x0), int(max(ys) + 60 - y0)
visionneuse = pathlib.Path(os.environ.get("BPMN_JS", "/tmp/rendu/node_modules/bpmn-js"), "dist/bpmn-viewer.production.min.js")
page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
html,body,#d{{margin:0;width:{largeur}px;height:{hauteur}px;background:#fff;overflow:hidden}}</style></head>
<body><div id="d"></div><script>{visionneuse.read_text()}</script><script>
const v = new BpmnJS({{container: '#d'}});
v.importXML({json.dumps(xml)}).then(() => v.get('canvas').viewbox({{x: {x0}, y: {y0}, width: {largeur}, height: {hauteur}}}));
</script></body></html>"""
with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
    f.write(page)
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                f"--window-size={largeur},{hauteur}", "--virtual-time-budget=8000",
                f"--screenshot={os.path.abspath(image)}", f"file://{f.name}"], check=True, capture_output=True)
os.unlink(f.name)
print(image, largeur, hauteur)
