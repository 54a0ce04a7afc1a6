// While developing (dotnet run), every request goes to the server: no offline cache to hide a change.
self.addEventListener('fetch', () => { });
