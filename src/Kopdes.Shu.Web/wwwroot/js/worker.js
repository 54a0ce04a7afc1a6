// The Web Worker that reads, computes, writes and checks, in a .NET runtime of its own (the same app's files), so
// that the page never waits on it. It answers the page's numbered questions; it fetches nothing but the app's files.
let worker = null;

const operations = {
    async start(dotnetUrl) {
        const { dotnet } = await import(dotnetUrl);
        const runtime = await dotnet.create();
        const exports = await runtime.getAssemblyExports(runtime.getConfig().mainAssemblyName);
        worker = exports.Kopdes.Shu.Web.Worker;
    },
    async read(files) {
        const [names, contents] = await encode(files);
        return worker.Read(names, contents);
    },
    compute: today => worker.Compute(today),
    rows: (search, sort, descending, start, count) => worker.Rows(search, sort, descending, start, count),
    explain: (id, language) => worker.Explain(id, language),
    save: (kind, language) => decode(worker.Save(kind, language)),
    template: () => decode(worker.Template()),
    async check(inputs, results) {
        const [inputNames, inputContents] = await encode(inputs);
        const [resultNames, resultContents] = await encode(results);
        return worker.Check(inputNames, inputContents, resultNames, resultContents);
    },
};

// A listener, not self.onmessage: the runtime takes a worker whose onmessage is set for one of its own threads, and
// waits for its pool forever (dotnet/runtime#114918).
self.addEventListener('message', async event => {
    const { id, op, args } = event.data;
    try {
        const result = await operations[op](...args);
        self.postMessage({ id, ok: true, result }, result instanceof ArrayBuffer ? [result] : []);
    } catch (error) {
        self.postMessage({ id, ok: false, error: String(error && error.stack || error) });
    }
});

// Files go to .NET as base64 text and come back the same way: the one form both sides take without copies per byte.
async function encode(files) {
    const names = files.map(file => file.name);
    const contents = await Promise.all(files.map(async file => base64(new Uint8Array(await file.arrayBuffer()))));
    return [names, contents];
}

function base64(bytes) {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }

    return btoa(text);
}

function decode(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
    }

    return bytes.buffer;
}
