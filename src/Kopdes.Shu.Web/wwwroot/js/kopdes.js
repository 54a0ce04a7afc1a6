// The page's own script besides Blazor's: starts the worker that does the work, carries the page's questions to it,
// and hands the files it makes to the browser's own download. Nothing here talks to any server.
window.kopdes = (() => {
    let worker = null;
    let ready = null;
    let next = 0;
    const pending = new Map();

    function ask(op, args, transfer) {
        const id = ++next;
        return new Promise((resolve, reject) => {
            pending.set(id, { resolve, reject });
            worker.postMessage({ id, op, args }, transfer || []);
        });
    }

    // The runtime's script under the name the build gave it (the import map says which), for the worker to import.
    function dotnetUrl() {
        const map = document.querySelector('script[type=importmap]');
        const imports = map && map.textContent.trim() ? JSON.parse(map.textContent).imports || {} : {};
        return new URL(imports['./_framework/dotnet.js'] || './_framework/dotnet.js', document.baseURI).href;
    }

    function start() {
        if (!ready) {
            worker = new Worker(new URL('js/worker.js', document.baseURI), { type: 'module' });
            // A worker that cannot start fails every question waiting on it, rather than leave the page waiting.
            worker.onerror = event => {
                for (const call of pending.values()) {
                    call.reject(new Error('worker: ' + event.message));
                }

                pending.clear();
            };
            worker.onmessage = event => {
                const { id, ok, result, error } = event.data;
                const call = pending.get(id);
                pending.delete(id);
                if (ok) {
                    call.resolve(result);
                } else {
                    call.reject(new Error(error));
                }
            };
            ready = ask('start', [dotnetUrl()]);
        }

        return ready;
    }

    function save(name, type, buffer) {
        const url = URL.createObjectURL(new Blob([buffer], { type }));
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
    }

    return {
        start,
        async call(op, ...args) {
            await start();
            return ask(op, args);
        },
        async read(input) {
            await start();
            return ask('read', [Array.from(input.files || [])]);
        },
        async check(inputs, results) {
            await start();
            return ask('check', [Array.from(inputs.files || []), Array.from(results.files || [])]);
        },
        async download(kind, language, name, type) {
            await start();
            save(name, type, await ask('save', [kind, language]));
        },
        async template() {
            await start();
            save('anggota.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await ask('template', []));
        },
    };
})();
