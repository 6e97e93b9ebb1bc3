export const id = 6106;
export const ids = [6106];
export const modules = {

/***/ 66106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergePlanned: () => (/* binding */ mergePlanned),
/* harmony export */   withPlannedNow: () => (/* binding */ withPlannedNow)
/* harmony export */ });
function mergePlanned(...parts) {
    const present = parts.filter((p) => p !== undefined);
    if (present.length === 0)
        return undefined;
    const armResources = present.flatMap(p => p.armResources ?? []);
    const unreadable = present.flatMap(p => p.unreadable ?? []);
    return {
        files: [...new Set(present.flatMap(p => p.files))],
        resources: present.flatMap(p => p.resources),
        ...(armResources.length > 0 ? { armResources } : {}),
        ...(unreadable.length > 0 ? { unreadable } : {})
    };
}
/**
 * The snapshot a run judges, with the planned inputs read now (action and CLI alike): the Azure
 * ML files and the Terraform plans. Each route read now replaces that route's part of a saved
 * snapshot: it is what will be deployed. The rest, read when it was saved (what-if, or a route
 * not named now), is kept; so is a live run's what-if.
 */
function withPlannedNow(snapshot, now) {
    const { files, terraform } = now;
    if (!files && !terraform)
        return snapshot;
    const saved = snapshot.planned;
    const keepArm = (route) => !(terraform && route === 'terraform');
    const armResources = (saved?.armResources ?? []).filter(r => keepArm(r.route));
    const unreadable = (saved?.unreadable ?? []).filter(u => keepArm(u.route));
    const yamlFiles = new Set((saved?.resources ?? []).map(r => r.file));
    const keptFiles = new Set([
        ...armResources.map(r => r.file),
        ...unreadable.map(u => u.file),
        ...(files ? [] : [...yamlFiles])
    ]);
    const kept = saved && {
        files: saved.files.filter(f => keptFiles.has(f)),
        resources: files ? [] : saved.resources,
        ...(armResources.length > 0 ? { armResources } : {}),
        ...(unreadable.length > 0 ? { unreadable } : {})
    };
    const planned = mergePlanned(kept, terraform, files);
    return planned ? { ...snapshot, planned } : snapshot;
}


/***/ })

};
