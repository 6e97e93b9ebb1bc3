export const id = 6124;
export const ids = [6124];
export const modules = {

/***/ 83049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t$: () => (/* reexport */ createRestError),
  KU: () => (/* reexport */ getClient),
  Iq: () => (/* reexport */ operationOptionsToRequestParameters)
});

// UNUSED EXPORTS: addCredentialPipelinePolicy, getBinaryStreamResponse

// EXTERNAL MODULE: ./node_modules/@typespec/ts-http-runtime/dist/esm/index.js + 21 modules
var esm = __webpack_require__(44449);
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/restError.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

function createRestError(messageOrResponse, response) {
    if (typeof messageOrResponse === "string") {
        return (0,esm/* createRestError */.t$)(messageOrResponse, response);
    }
    else {
        return (0,esm/* createRestError */.t$)(messageOrResponse);
    }
}
//# sourceMappingURL=restError.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var dist_esm = __webpack_require__(20690);
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 6 modules
var core_util_dist_esm = __webpack_require__(97237);
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/keyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Tests an object to determine whether it implements KeyCredential.
 *
 * @param credential - The assumed KeyCredential to be tested.
 */
function isKeyCredential(credential) {
    return (0,core_util_dist_esm/* isObjectWithProperties */.TA)(credential, ["key"]) && typeof credential.key === "string";
}
//# sourceMappingURL=keyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureNamedKeyCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static name/key-based credential that supports updating
 * the underlying name and key values.
 */
class AzureNamedKeyCredential {
    _key;
    _name;
    /**
     * The value of the key to be used in authentication.
     */
    get key() {
        return this._key;
    }
    /**
     * The value of the name to be used in authentication.
     */
    get name() {
        return this._name;
    }
    /**
     * Create an instance of an AzureNamedKeyCredential for use
     * with a service client.
     *
     * @param name - The initial value of the name to use in authentication.
     * @param key - The initial value of the key to use in authentication.
     */
    constructor(name, key) {
        if (!name || !key) {
            throw new TypeError("name and key must be non-empty strings");
        }
        this._name = name;
        this._key = key;
    }
    /**
     * Change the value of the key.
     *
     * Updates will take effect upon the next request after
     * updating the key value.
     *
     * @param newName - The new name value to be used.
     * @param newKey - The new key value to be used.
     */
    update(newName, newKey) {
        if (!newName || !newKey) {
            throw new TypeError("newName and newKey must be non-empty strings");
        }
        this._name = newName;
        this._key = newKey;
    }
}
/**
 * Tests an object to determine whether it implements NamedKeyCredential.
 *
 * @param credential - The assumed NamedKeyCredential to be tested.
 */
function isNamedKeyCredential(credential) {
    return (isObjectWithProperties(credential, ["name", "key"]) &&
        typeof credential.key === "string" &&
        typeof credential.name === "string");
}
//# sourceMappingURL=azureNamedKeyCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/azureSASCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * A static-signature-based credential that supports updating
 * the underlying signature value.
 */
class AzureSASCredential {
    _signature;
    /**
     * The value of the shared access signature to be used in authentication
     */
    get signature() {
        return this._signature;
    }
    /**
     * Create an instance of an AzureSASCredential for use
     * with a service client.
     *
     * @param signature - The initial value of the shared access signature to use in authentication
     */
    constructor(signature) {
        if (!signature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = signature;
    }
    /**
     * Change the value of the signature.
     *
     * Updates will take effect upon the next request after
     * updating the signature value.
     *
     * @param newSignature - The new shared access signature value to be used
     */
    update(newSignature) {
        if (!newSignature) {
            throw new Error("shared access signature must be a non-empty string");
        }
        this._signature = newSignature;
    }
}
/**
 * Tests an object to determine whether it implements SASCredential.
 *
 * @param credential - The assumed SASCredential to be tested.
 */
function isSASCredential(credential) {
    return (isObjectWithProperties(credential, ["signature"]) && typeof credential.signature === "string");
}
//# sourceMappingURL=azureSASCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/tokenCredential.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * @internal
 * @param accessToken - Access token
 * @returns Whether a token is bearer type or not
 */
function isBearerToken(accessToken) {
    return !accessToken.tokenType || accessToken.tokenType === "Bearer";
}
/**
 * @internal
 * @param accessToken - Access token
 * @returns Whether a token is Pop token or not
 */
function isPopToken(accessToken) {
    return accessToken.tokenType === "pop";
}
/**
 * Tests an object to determine whether it implements TokenCredential.
 *
 * @param credential - The assumed TokenCredential to be tested.
 */
function isTokenCredential(credential) {
    // Check for an object with a 'getToken' function and possibly with
    // a 'signRequest' function.  We do this check to make sure that
    // a ServiceClientCredentials implementor (like TokenClientCredentials
    // in ms-rest-nodeauth) doesn't get mistaken for a TokenCredential if
    // it doesn't actually implement TokenCredential also.
    const castCredential = credential;
    return (castCredential &&
        typeof castCredential.getToken === "function" &&
        (castCredential.signRequest === undefined || castCredential.getToken.length > 0));
}
//# sourceMappingURL=tokenCredential.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-auth/dist/esm/index.js





//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const apiVersionPolicyName = "ApiVersionPolicy";
/**
 * Creates a policy that sets the apiVersion as a query parameter on every request
 * @param options - Client options
 * @returns Pipeline policy that sets the apiVersion as a query parameter on every request
 */
function apiVersionPolicy(options) {
    return {
        name: apiVersionPolicyName,
        sendRequest: (req, next) => {
            // Use the apiVesion defined in request url directly
            // Append one if there is no apiVesion and we have one at client options
            const url = new URL(req.url);
            if (!url.searchParams.get("api-version") && options.apiVersion) {
                req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
            }
            return next(req);
        },
    };
}
//# sourceMappingURL=apiVersionPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The programmatic identifier of the bearerTokenAuthenticationPolicy.
 */
const keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
    return {
        name: keyCredentialAuthenticationPolicyName,
        sendRequest(request, next) {
            request.headers.set(apiKeyHeaderName, credential.key);
            return next(request);
        },
    };
}
//# sourceMappingURL=keyCredentialAuthenticationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * Adds a credential policy to the pipeline if a credential is provided. If none is provided, no policy is added.
 */
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
    const { credential, clientOptions } = options;
    if (!credential) {
        return;
    }
    if (isTokenCredential(credential)) {
        const tokenPolicy = (0,dist_esm/* bearerTokenAuthenticationPolicy */.N$)({
            credential,
            scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`,
        });
        pipeline.addPolicy(tokenPolicy);
    }
    else if (clientHelpers_isKeyCredential(credential)) {
        if (!clientOptions?.credentials?.apiKeyHeaderName) {
            throw new Error(`Missing API Key Header Name`);
        }
        const keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
        pipeline.addPolicy(keyPolicy);
    }
}
/**
 * Creates a default rest pipeline to re-use accross Rest Level Clients
 */
function createDefaultPipeline(endpoint, credential, options = {}) {
    const pipeline = (0,dist_esm/* createPipelineFromOptions */.Fp)(options);
    pipeline.addPolicy(apiVersionPolicy(options));
    addCredentialPipelinePolicy(pipeline, endpoint, { credential, clientOptions: options });
    return pipeline;
}
function clientHelpers_isKeyCredential(credential) {
    return (typeof credential === "object" &&
        credential !== null &&
        "key" in credential &&
        typeof credential.key === "string");
}
//# sourceMappingURL=clientHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Helper function to convert OperationOptions to RequestParameters
 * @param options - the options that are used by Modular layer to send the request
 * @returns the result of the conversion in RequestParameters of RLC layer
 */
function operationOptionsToRequestParameters(options) {
    const tspRequestParameters = (0,esm/* operationOptionsToRequestParameters */.Iq)(options);
    return {
        ...tspRequestParameters,
        tracingOptions: options.tracingOptions,
    };
}
//# sourceMappingURL=operationOptionHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/getClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Function to wrap RequestParameters so that we get the legacy onResponse behavior in core-client-rest
 */
function wrapRequestParameters(parameters) {
    if (parameters.onResponse) {
        return {
            ...parameters,
            onResponse(rawResponse, error) {
                parameters.onResponse?.(rawResponse, error, error);
            },
        };
    }
    return parameters;
}
function getClient(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
    let credentials;
    if (credentialsOrPipelineOptions) {
        if (isCredential(credentialsOrPipelineOptions)) {
            credentials = credentialsOrPipelineOptions;
        }
        else {
            clientOptions = credentialsOrPipelineOptions ?? {};
        }
    }
    const pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions);
    const tspClient = (0,esm/* getClient */.KU)(endpoint, {
        ...clientOptions,
        pipeline,
    });
    const client = (path, ...args) => {
        return {
            get: (requestOptions = {}) => {
                return tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions));
            },
            post: (requestOptions = {}) => {
                return tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions));
            },
            put: (requestOptions = {}) => {
                return tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions));
            },
            patch: (requestOptions = {}) => {
                return tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions));
            },
            delete: (requestOptions = {}) => {
                return tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions));
            },
            head: (requestOptions = {}) => {
                return tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions));
            },
            options: (requestOptions = {}) => {
                return tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions));
            },
            trace: (requestOptions = {}) => {
                return tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions));
            },
        };
    };
    return {
        path: client,
        pathUnchecked: client,
        pipeline: tspClient.pipeline,
    };
}
function isCredential(param) {
    return isKeyCredential(param) || isTokenCredential(param);
}
//# sourceMappingURL=getClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Azure Rest Core Client library for JavaScript
 * @packageDocumentation
 */





//# sourceMappingURL=index.js.map

/***/ }),

/***/ 26124:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $delete: () => (/* reexport */ $delete),
  calculateTemplateHash: () => (/* reexport */ calculateTemplateHash),
  cancel: () => (/* reexport */ cancel),
  cancelAtManagementGroupScope: () => (/* reexport */ cancelAtManagementGroupScope),
  cancelAtScope: () => (/* reexport */ cancelAtScope),
  cancelAtSubscriptionScope: () => (/* reexport */ cancelAtSubscriptionScope),
  cancelAtTenantScope: () => (/* reexport */ cancelAtTenantScope),
  checkExistence: () => (/* reexport */ checkExistence),
  checkExistenceAtManagementGroupScope: () => (/* reexport */ checkExistenceAtManagementGroupScope),
  checkExistenceAtScope: () => (/* reexport */ checkExistenceAtScope),
  checkExistenceAtSubscriptionScope: () => (/* reexport */ checkExistenceAtSubscriptionScope),
  checkExistenceAtTenantScope: () => (/* reexport */ checkExistenceAtTenantScope),
  createOrUpdate: () => (/* reexport */ createOrUpdate),
  createOrUpdateAtManagementGroupScope: () => (/* reexport */ createOrUpdateAtManagementGroupScope),
  createOrUpdateAtScope: () => (/* reexport */ createOrUpdateAtScope),
  createOrUpdateAtSubscriptionScope: () => (/* reexport */ createOrUpdateAtSubscriptionScope),
  createOrUpdateAtTenantScope: () => (/* reexport */ createOrUpdateAtTenantScope),
  deleteAtManagementGroupScope: () => (/* reexport */ deleteAtManagementGroupScope),
  deleteAtScope: () => (/* reexport */ deleteAtScope),
  deleteAtSubscriptionScope: () => (/* reexport */ deleteAtSubscriptionScope),
  deleteAtTenantScope: () => (/* reexport */ deleteAtTenantScope),
  exportTemplate: () => (/* reexport */ exportTemplate),
  exportTemplateAtManagementGroupScope: () => (/* reexport */ exportTemplateAtManagementGroupScope),
  exportTemplateAtScope: () => (/* reexport */ exportTemplateAtScope),
  exportTemplateAtSubscriptionScope: () => (/* reexport */ exportTemplateAtSubscriptionScope),
  exportTemplateAtTenantScope: () => (/* reexport */ exportTemplateAtTenantScope),
  get: () => (/* reexport */ get),
  getAtManagementGroupScope: () => (/* reexport */ getAtManagementGroupScope),
  getAtScope: () => (/* reexport */ getAtScope),
  getAtSubscriptionScope: () => (/* reexport */ getAtSubscriptionScope),
  getAtTenantScope: () => (/* reexport */ getAtTenantScope),
  listAtManagementGroupScope: () => (/* reexport */ listAtManagementGroupScope),
  listAtScope: () => (/* reexport */ listAtScope),
  listAtSubscriptionScope: () => (/* reexport */ listAtSubscriptionScope),
  listAtTenantScope: () => (/* reexport */ listAtTenantScope),
  listByResourceGroup: () => (/* reexport */ listByResourceGroup),
  validate: () => (/* reexport */ validate),
  validateAtManagementGroupScope: () => (/* reexport */ validateAtManagementGroupScope),
  validateAtScope: () => (/* reexport */ validateAtScope),
  validateAtSubscriptionScope: () => (/* reexport */ validateAtSubscriptionScope),
  validateAtTenantScope: () => (/* reexport */ validateAtTenantScope),
  whatIf: () => (/* reexport */ whatIf),
  whatIfAtManagementGroupScope: () => (/* reexport */ whatIfAtManagementGroupScope),
  whatIfAtSubscriptionScope: () => (/* reexport */ whatIfAtSubscriptionScope),
  whatIfAtTenantScope: () => (/* reexport */ whatIfAtTenantScope)
});

;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/models/models.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function deploymentExtendedDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
        properties: !item["properties"]
            ? item["properties"]
            : deploymentPropertiesExtendedDeserializer(item["properties"]),
        location: item["location"],
        tags: !item["tags"]
            ? item["tags"]
            : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    };
}
function deploymentPropertiesExtendedDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        correlationId: item["correlationId"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        duration: item["duration"],
        outputs: item["outputs"],
        providers: !item["providers"]
            ? item["providers"]
            : providerArrayDeserializer(item["providers"]),
        dependencies: !item["dependencies"]
            ? item["dependencies"]
            : dependencyArrayDeserializer(item["dependencies"]),
        templateLink: !item["templateLink"]
            ? item["templateLink"]
            : templateLinkDeserializer(item["templateLink"]),
        parameters: item["parameters"],
        parametersLink: !item["parametersLink"]
            ? item["parametersLink"]
            : parametersLinkDeserializer(item["parametersLink"]),
        extensions: !item["extensions"]
            ? item["extensions"]
            : deploymentExtensionDefinitionArrayDeserializer(item["extensions"]),
        mode: item["mode"],
        debugSetting: !item["debugSetting"]
            ? item["debugSetting"]
            : debugSettingDeserializer(item["debugSetting"]),
        onErrorDeployment: !item["onErrorDeployment"]
            ? item["onErrorDeployment"]
            : onErrorDeploymentExtendedDeserializer(item["onErrorDeployment"]),
        templateHash: item["templateHash"],
        outputResources: !item["outputResources"]
            ? item["outputResources"]
            : resourceReferenceArrayDeserializer(item["outputResources"]),
        validatedResources: !item["validatedResources"]
            ? item["validatedResources"]
            : resourceReferenceArrayDeserializer(item["validatedResources"]),
        error: !item["error"] ? item["error"] : errorResponseDeserializer(item["error"]),
        diagnostics: !item["diagnostics"]
            ? item["diagnostics"]
            : deploymentDiagnosticsDefinitionArrayDeserializer(item["diagnostics"]),
        validationLevel: item["validationLevel"],
    };
}
/** Denotes the state of provisioning. */
var KnownProvisioningState;
(function (KnownProvisioningState) {
    /** NotSpecified */
    KnownProvisioningState["NotSpecified"] = "NotSpecified";
    /** Accepted */
    KnownProvisioningState["Accepted"] = "Accepted";
    /** Running */
    KnownProvisioningState["Running"] = "Running";
    /** Ready */
    KnownProvisioningState["Ready"] = "Ready";
    /** Creating */
    KnownProvisioningState["Creating"] = "Creating";
    /** Created */
    KnownProvisioningState["Created"] = "Created";
    /** Deleting */
    KnownProvisioningState["Deleting"] = "Deleting";
    /** Deleted */
    KnownProvisioningState["Deleted"] = "Deleted";
    /** Canceled */
    KnownProvisioningState["Canceled"] = "Canceled";
    /** Failed */
    KnownProvisioningState["Failed"] = "Failed";
    /** Succeeded */
    KnownProvisioningState["Succeeded"] = "Succeeded";
    /** Updating */
    KnownProvisioningState["Updating"] = "Updating";
})(KnownProvisioningState || (KnownProvisioningState = {}));
function providerArrayDeserializer(result) {
    return result.map((item) => {
        return providerDeserializer(item);
    });
}
function providerDeserializer(item) {
    return {
        id: item["id"],
        namespace: item["namespace"],
        registrationState: item["registrationState"],
        registrationPolicy: item["registrationPolicy"],
        resourceTypes: !item["resourceTypes"]
            ? item["resourceTypes"]
            : providerResourceTypeArrayDeserializer(item["resourceTypes"]),
        providerAuthorizationConsentState: item["providerAuthorizationConsentState"],
    };
}
function providerResourceTypeArrayDeserializer(result) {
    return result.map((item) => {
        return providerResourceTypeDeserializer(item);
    });
}
function providerResourceTypeDeserializer(item) {
    return {
        resourceType: item["resourceType"],
        locations: !item["locations"]
            ? item["locations"]
            : item["locations"].map((p) => {
                return p;
            }),
        locationMappings: !item["locationMappings"]
            ? item["locationMappings"]
            : providerExtendedLocationArrayDeserializer(item["locationMappings"]),
        aliases: !item["aliases"] ? item["aliases"] : aliasArrayDeserializer(item["aliases"]),
        apiVersions: !item["apiVersions"]
            ? item["apiVersions"]
            : item["apiVersions"].map((p) => {
                return p;
            }),
        defaultApiVersion: item["defaultApiVersion"],
        zoneMappings: !item["zoneMappings"]
            ? item["zoneMappings"]
            : zoneMappingArrayDeserializer(item["zoneMappings"]),
        apiProfiles: !item["apiProfiles"]
            ? item["apiProfiles"]
            : apiProfileArrayDeserializer(item["apiProfiles"]),
        capabilities: item["capabilities"],
        properties: !item["properties"]
            ? item["properties"]
            : Object.fromEntries(Object.entries(item["properties"]).map(([k, p]) => [k, p])),
    };
}
function providerExtendedLocationArrayDeserializer(result) {
    return result.map((item) => {
        return providerExtendedLocationDeserializer(item);
    });
}
function providerExtendedLocationDeserializer(item) {
    return {
        location: item["location"],
        type: item["type"],
        extendedLocations: !item["extendedLocations"]
            ? item["extendedLocations"]
            : item["extendedLocations"].map((p) => {
                return p;
            }),
    };
}
function aliasArrayDeserializer(result) {
    return result.map((item) => {
        return aliasDeserializer(item);
    });
}
function aliasDeserializer(item) {
    return {
        name: item["name"],
        paths: !item["paths"] ? item["paths"] : aliasPathArrayDeserializer(item["paths"]),
        type: item["type"],
        defaultPath: item["defaultPath"],
        defaultPattern: !item["defaultPattern"]
            ? item["defaultPattern"]
            : aliasPatternDeserializer(item["defaultPattern"]),
        defaultMetadata: !item["defaultMetadata"]
            ? item["defaultMetadata"]
            : aliasPathMetadataDeserializer(item["defaultMetadata"]),
    };
}
function aliasPathArrayDeserializer(result) {
    return result.map((item) => {
        return aliasPathDeserializer(item);
    });
}
function aliasPathDeserializer(item) {
    return {
        path: item["path"],
        apiVersions: !item["apiVersions"]
            ? item["apiVersions"]
            : item["apiVersions"].map((p) => {
                return p;
            }),
        pattern: !item["pattern"] ? item["pattern"] : aliasPatternDeserializer(item["pattern"]),
        metadata: !item["metadata"]
            ? item["metadata"]
            : aliasPathMetadataDeserializer(item["metadata"]),
    };
}
function aliasPatternDeserializer(item) {
    return {
        phrase: item["phrase"],
        variable: item["variable"],
        type: item["type"],
    };
}
function aliasPathMetadataDeserializer(item) {
    return {
        type: item["type"],
        attributes: item["attributes"],
    };
}
/** The type of the token that the alias path is referring to. */
var KnownAliasPathTokenType;
(function (KnownAliasPathTokenType) {
    /** The token type is not specified. */
    KnownAliasPathTokenType["NotSpecified"] = "NotSpecified";
    /** The token type can be anything. */
    KnownAliasPathTokenType["Any"] = "Any";
    /** The token type is string. */
    KnownAliasPathTokenType["String"] = "String";
    /** The token type is object. */
    KnownAliasPathTokenType["Object"] = "Object";
    /** The token type is array. */
    KnownAliasPathTokenType["Array"] = "Array";
    /** The token type is integer. */
    KnownAliasPathTokenType["Integer"] = "Integer";
    /** The token type is number. */
    KnownAliasPathTokenType["Number"] = "Number";
    /** The token type is boolean. */
    KnownAliasPathTokenType["Boolean"] = "Boolean";
})(KnownAliasPathTokenType || (KnownAliasPathTokenType = {}));
/** The attributes of the token that the alias path is referring to. */
var KnownAliasPathAttributes;
(function (KnownAliasPathAttributes) {
    /** The token that the alias path is referring to has no attributes. */
    KnownAliasPathAttributes["None"] = "None";
    /** The token that the alias path is referring to is modifiable by policies with 'modify' effect. */
    KnownAliasPathAttributes["Modifiable"] = "Modifiable";
})(KnownAliasPathAttributes || (KnownAliasPathAttributes = {}));
function zoneMappingArrayDeserializer(result) {
    return result.map((item) => {
        return zoneMappingDeserializer(item);
    });
}
function zoneMappingDeserializer(item) {
    return {
        location: item["location"],
        zones: !item["zones"]
            ? item["zones"]
            : item["zones"].map((p) => {
                return p;
            }),
    };
}
function apiProfileArrayDeserializer(result) {
    return result.map((item) => {
        return apiProfileDeserializer(item);
    });
}
function apiProfileDeserializer(item) {
    return {
        profileVersion: item["profileVersion"],
        apiVersion: item["apiVersion"],
    };
}
/** The provider authorization consent state. */
var KnownProviderAuthorizationConsentState;
(function (KnownProviderAuthorizationConsentState) {
    /** NotSpecified */
    KnownProviderAuthorizationConsentState["NotSpecified"] = "NotSpecified";
    /** Required */
    KnownProviderAuthorizationConsentState["Required"] = "Required";
    /** NotRequired */
    KnownProviderAuthorizationConsentState["NotRequired"] = "NotRequired";
    /** Consented */
    KnownProviderAuthorizationConsentState["Consented"] = "Consented";
})(KnownProviderAuthorizationConsentState || (KnownProviderAuthorizationConsentState = {}));
function dependencyArrayDeserializer(result) {
    return result.map((item) => {
        return dependencyDeserializer(item);
    });
}
function dependencyDeserializer(item) {
    return {
        dependsOn: !item["dependsOn"]
            ? item["dependsOn"]
            : basicDependencyArrayDeserializer(item["dependsOn"]),
        id: item["id"],
        resourceType: item["resourceType"],
        resourceName: item["resourceName"],
    };
}
function basicDependencyArrayDeserializer(result) {
    return result.map((item) => {
        return basicDependencyDeserializer(item);
    });
}
function basicDependencyDeserializer(item) {
    return {
        id: item["id"],
        resourceType: item["resourceType"],
        resourceName: item["resourceName"],
    };
}
function templateLinkSerializer(item) {
    return {
        uri: item["uri"],
        id: item["id"],
        relativePath: item["relativePath"],
        contentVersion: item["contentVersion"],
        queryString: item["queryString"],
    };
}
function templateLinkDeserializer(item) {
    return {
        uri: item["uri"],
        id: item["id"],
        relativePath: item["relativePath"],
        contentVersion: item["contentVersion"],
        queryString: item["queryString"],
    };
}
function parametersLinkSerializer(item) {
    return { uri: item["uri"], contentVersion: item["contentVersion"] };
}
function parametersLinkDeserializer(item) {
    return {
        uri: item["uri"],
        contentVersion: item["contentVersion"],
    };
}
function deploymentExtensionDefinitionArraySerializer(result) {
    return result.map((item) => {
        return deploymentExtensionDefinitionSerializer(item);
    });
}
function deploymentExtensionDefinitionArrayDeserializer(result) {
    return result.map((item) => {
        return deploymentExtensionDefinitionDeserializer(item);
    });
}
function deploymentExtensionDefinitionSerializer(_item) {
    return {};
}
function deploymentExtensionDefinitionDeserializer(item) {
    return {
        alias: item["alias"],
        name: item["name"],
        version: item["version"],
        configId: item["configId"],
        configHash: item["configHash"],
        config: !item["config"]
            ? item["config"]
            : deploymentExtensionConfigItemRecordDeserializer(item["config"]),
    };
}
function deploymentExtensionConfigItemRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : deploymentExtensionConfigItemSerializer(item[key]);
    });
    return result;
}
function deploymentExtensionConfigItemRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : deploymentExtensionConfigItemDeserializer(item[key]);
    });
    return result;
}
function deploymentExtensionConfigItemSerializer(item) {
    return {
        value: item["value"],
        keyVaultReference: !item["keyVaultReference"]
            ? item["keyVaultReference"]
            : keyVaultParameterReferenceSerializer(item["keyVaultReference"]),
    };
}
function deploymentExtensionConfigItemDeserializer(item) {
    return {
        value: item["value"],
        keyVaultReference: !item["keyVaultReference"]
            ? item["keyVaultReference"]
            : keyVaultParameterReferenceDeserializer(item["keyVaultReference"]),
    };
}
function keyVaultParameterReferenceSerializer(item) {
    return {
        keyVault: keyVaultReferenceSerializer(item["keyVault"]),
        secretName: item["secretName"],
        secretVersion: item["secretVersion"],
    };
}
function keyVaultParameterReferenceDeserializer(item) {
    return {
        keyVault: keyVaultReferenceDeserializer(item["keyVault"]),
        secretName: item["secretName"],
        secretVersion: item["secretVersion"],
    };
}
function keyVaultReferenceSerializer(item) {
    return { id: item["id"] };
}
function keyVaultReferenceDeserializer(item) {
    return {
        id: item["id"],
    };
}
function debugSettingSerializer(item) {
    return { detailLevel: item["detailLevel"] };
}
function debugSettingDeserializer(item) {
    return {
        detailLevel: item["detailLevel"],
    };
}
function onErrorDeploymentExtendedDeserializer(item) {
    return {
        provisioningState: item["provisioningState"],
        type: item["type"],
        deploymentName: item["deploymentName"],
    };
}
function resourceReferenceArrayDeserializer(result) {
    return result.map((item) => {
        return resourceReferenceDeserializer(item);
    });
}
function resourceReferenceDeserializer(item) {
    return {
        id: item["id"],
        extension: !item["extension"]
            ? item["extension"]
            : deploymentExtensionDefinitionDeserializer(item["extension"]),
        resourceType: item["resourceType"],
        identifiers: item["identifiers"],
        apiVersion: item["apiVersion"],
        symbolicNamePath: !item["symbolicNamePath"]
            ? item["symbolicNamePath"]
            : item["symbolicNamePath"].map((p) => {
                return p;
            }),
    };
}
function errorResponseDeserializer(item) {
    return {
        code: item["code"],
        message: item["message"],
        target: item["target"],
        details: !item["details"] ? item["details"] : errorResponseArrayDeserializer(item["details"]),
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
function errorResponseArrayDeserializer(result) {
    return result.map((item) => {
        return errorResponseDeserializer(item);
    });
}
function errorAdditionalInfoArrayDeserializer(result) {
    return result.map((item) => {
        return errorAdditionalInfoDeserializer(item);
    });
}
function errorAdditionalInfoDeserializer(item) {
    return {
        type: item["type"],
        info: item["info"],
    };
}
function deploymentDiagnosticsDefinitionArrayDeserializer(result) {
    return result.map((item) => {
        return deploymentDiagnosticsDefinitionDeserializer(item);
    });
}
function deploymentDiagnosticsDefinitionDeserializer(item) {
    return {
        level: item["level"],
        code: item["code"],
        message: item["message"],
        target: item["target"],
        additionalInfo: !item["additionalInfo"]
            ? item["additionalInfo"]
            : errorAdditionalInfoArrayDeserializer(item["additionalInfo"]),
    };
}
/** Denotes the additional response level. */
var KnownLevel;
(function (KnownLevel) {
    /** Warning */
    KnownLevel["Warning"] = "Warning";
    /** Info */
    KnownLevel["Info"] = "Info";
    /** Error */
    KnownLevel["Error"] = "Error";
})(KnownLevel || (KnownLevel = {}));
/** The level of validation performed on the deployment. */
var KnownValidationLevel;
(function (KnownValidationLevel) {
    /** Static analysis of the template is performed. */
    KnownValidationLevel["Template"] = "Template";
    /** Static analysis of the template is performed and resource declarations are sent to resource providers for semantic validation. Validates that the caller has RBAC write permissions on each resource. */
    KnownValidationLevel["Provider"] = "Provider";
    /** Static analysis of the template is performed and resource declarations are sent to resource providers for semantic validation. Skips validating that the caller has RBAC write permissions on each resource. */
    KnownValidationLevel["ProviderNoRbac"] = "ProviderNoRbac";
})(KnownValidationLevel || (KnownValidationLevel = {}));
function extensionResourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function resourceDeserializer(item) {
    return {
        id: item["id"],
        name: item["name"],
        type: item["type"],
        systemData: !item["systemData"]
            ? item["systemData"]
            : systemDataDeserializer(item["systemData"]),
    };
}
function systemDataDeserializer(item) {
    return {
        createdBy: item["createdBy"],
        createdByType: item["createdByType"],
        createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
        lastModifiedBy: item["lastModifiedBy"],
        lastModifiedByType: item["lastModifiedByType"],
        lastModifiedAt: !item["lastModifiedAt"]
            ? item["lastModifiedAt"]
            : new Date(item["lastModifiedAt"]),
    };
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** The entity was created by a user. */
    KnownCreatedByType["User"] = "User";
    /** The entity was created by an application. */
    KnownCreatedByType["Application"] = "Application";
    /** The entity was created by a managed identity. */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** The entity was created by a key. */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function cloudErrorDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorResponseDeserializer(item["error"]),
    };
}
function deploymentSerializer(item) {
    return {
        location: item["location"],
        properties: deploymentPropertiesSerializer(item["properties"]),
        tags: item["tags"],
        identity: !item["identity"] ? item["identity"] : deploymentIdentitySerializer(item["identity"]),
    };
}
function deploymentPropertiesSerializer(item) {
    return {
        template: item["template"],
        templateLink: !item["templateLink"]
            ? item["templateLink"]
            : templateLinkSerializer(item["templateLink"]),
        parameters: !item["parameters"]
            ? item["parameters"]
            : deploymentParameterRecordSerializer(item["parameters"]),
        externalInputs: !item["externalInputs"]
            ? item["externalInputs"]
            : deploymentExternalInputRecordSerializer(item["externalInputs"]),
        externalInputDefinitions: !item["externalInputDefinitions"]
            ? item["externalInputDefinitions"]
            : deploymentExternalInputDefinitionRecordSerializer(item["externalInputDefinitions"]),
        parametersLink: !item["parametersLink"]
            ? item["parametersLink"]
            : parametersLinkSerializer(item["parametersLink"]),
        extensionConfigs: !item["extensionConfigs"]
            ? item["extensionConfigs"]
            : deploymentExtensionConfigItemRecordRecordSerializer(item["extensionConfigs"]),
        mode: item["mode"],
        debugSetting: !item["debugSetting"]
            ? item["debugSetting"]
            : debugSettingSerializer(item["debugSetting"]),
        onErrorDeployment: !item["onErrorDeployment"]
            ? item["onErrorDeployment"]
            : onErrorDeploymentSerializer(item["onErrorDeployment"]),
        expressionEvaluationOptions: !item["expressionEvaluationOptions"]
            ? item["expressionEvaluationOptions"]
            : expressionEvaluationOptionsSerializer(item["expressionEvaluationOptions"]),
        validationLevel: item["validationLevel"],
    };
}
function deploymentParameterRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : deploymentParameterSerializer(item[key]);
    });
    return result;
}
function deploymentParameterSerializer(item) {
    return {
        value: item["value"],
        reference: !item["reference"]
            ? item["reference"]
            : keyVaultParameterReferenceSerializer(item["reference"]),
        expression: item["expression"],
    };
}
function deploymentExternalInputRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : deploymentExternalInputSerializer(item[key]);
    });
    return result;
}
function deploymentExternalInputSerializer(item) {
    return { value: item["value"] };
}
function deploymentExternalInputDefinitionRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : deploymentExternalInputDefinitionSerializer(item[key]);
    });
    return result;
}
function deploymentExternalInputDefinitionSerializer(item) {
    return { kind: item["kind"], config: item["config"] };
}
function deploymentExtensionConfigItemRecordRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : deploymentExtensionConfigItemRecordSerializer(item[key]);
    });
    return result;
}
function deploymentExtensionConfigItemRecordRecordDeserializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key]
            ? item[key]
            : deploymentExtensionConfigItemRecordDeserializer(item[key]);
    });
    return result;
}
function onErrorDeploymentSerializer(item) {
    return { type: item["type"], deploymentName: item["deploymentName"] };
}
function expressionEvaluationOptionsSerializer(item) {
    return { scope: item["scope"] };
}
/** The scope to be used for evaluation of parameters, variables and functions in a nested template. */
var KnownExpressionEvaluationOptionsScopeType;
(function (KnownExpressionEvaluationOptionsScopeType) {
    /** NotSpecified */
    KnownExpressionEvaluationOptionsScopeType["NotSpecified"] = "NotSpecified";
    /** Outer */
    KnownExpressionEvaluationOptionsScopeType["Outer"] = "Outer";
    /** Inner */
    KnownExpressionEvaluationOptionsScopeType["Inner"] = "Inner";
})(KnownExpressionEvaluationOptionsScopeType || (KnownExpressionEvaluationOptionsScopeType = {}));
function deploymentIdentitySerializer(item) {
    return {
        type: item["type"],
        userAssignedIdentities: !item["userAssignedIdentities"]
            ? item["userAssignedIdentities"]
            : userAssignedIdentityRecordSerializer(item["userAssignedIdentities"]),
    };
}
/** The identity type. */
var KnownDeploymentIdentityType;
(function (KnownDeploymentIdentityType) {
    /** None */
    KnownDeploymentIdentityType["None"] = "None";
    /** UserAssigned */
    KnownDeploymentIdentityType["UserAssigned"] = "UserAssigned";
})(KnownDeploymentIdentityType || (KnownDeploymentIdentityType = {}));
function userAssignedIdentityRecordSerializer(item) {
    const result = {};
    Object.keys(item).map((key) => {
        result[key] = !item[key] ? item[key] : userAssignedIdentitySerializer(item[key]);
    });
    return result;
}
function userAssignedIdentitySerializer(_item) {
    return {};
}
function _deploymentListResultDeserializer(item) {
    return {
        value: deploymentExtendedArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function deploymentExtendedArrayDeserializer(result) {
    return result.map((item) => {
        return deploymentExtendedDeserializer(item);
    });
}
function deploymentValidateResultDeserializer(item) {
    return {
        error: !item["error"] ? item["error"] : errorResponseDeserializer(item["error"]),
        id: item["id"],
        name: item["name"],
        type: item["type"],
        properties: !item["properties"]
            ? item["properties"]
            : deploymentPropertiesExtendedDeserializer(item["properties"]),
    };
}
function deploymentExportResultDeserializer(item) {
    return {
        template: item["template"],
    };
}
function scopedDeploymentSerializer(item) {
    return {
        location: item["location"],
        properties: deploymentPropertiesSerializer(item["properties"]),
        tags: item["tags"],
    };
}
function scopedDeploymentWhatIfSerializer(item) {
    return {
        location: item["location"],
        properties: deploymentWhatIfPropertiesSerializer(item["properties"]),
    };
}
function deploymentWhatIfPropertiesSerializer(item) {
    return {
        template: item["template"],
        templateLink: !item["templateLink"]
            ? item["templateLink"]
            : templateLinkSerializer(item["templateLink"]),
        parameters: !item["parameters"]
            ? item["parameters"]
            : deploymentParameterRecordSerializer(item["parameters"]),
        externalInputs: !item["externalInputs"]
            ? item["externalInputs"]
            : deploymentExternalInputRecordSerializer(item["externalInputs"]),
        externalInputDefinitions: !item["externalInputDefinitions"]
            ? item["externalInputDefinitions"]
            : deploymentExternalInputDefinitionRecordSerializer(item["externalInputDefinitions"]),
        parametersLink: !item["parametersLink"]
            ? item["parametersLink"]
            : parametersLinkSerializer(item["parametersLink"]),
        extensionConfigs: !item["extensionConfigs"]
            ? item["extensionConfigs"]
            : deploymentExtensionConfigItemRecordRecordSerializer(item["extensionConfigs"]),
        mode: item["mode"],
        debugSetting: !item["debugSetting"]
            ? item["debugSetting"]
            : debugSettingSerializer(item["debugSetting"]),
        onErrorDeployment: !item["onErrorDeployment"]
            ? item["onErrorDeployment"]
            : onErrorDeploymentSerializer(item["onErrorDeployment"]),
        expressionEvaluationOptions: !item["expressionEvaluationOptions"]
            ? item["expressionEvaluationOptions"]
            : expressionEvaluationOptionsSerializer(item["expressionEvaluationOptions"]),
        validationLevel: item["validationLevel"],
        whatIfSettings: !item["whatIfSettings"]
            ? item["whatIfSettings"]
            : deploymentWhatIfSettingsSerializer(item["whatIfSettings"]),
        resourcePredictions: !item["resourcePredictions"]
            ? item["resourcePredictions"]
            : deploymentResourceWhatIfPredictionArraySerializer(item["resourcePredictions"]),
    };
}
function deploymentWhatIfSettingsSerializer(item) {
    return { resultFormat: item["resultFormat"] };
}
function deploymentResourceWhatIfPredictionArraySerializer(result) {
    return result.map((item) => {
        return deploymentResourceWhatIfPredictionSerializer(item);
    });
}
function deploymentResourceWhatIfPredictionSerializer(item) {
    return {
        symbolicNamePath: item["symbolicNamePath"].map((p) => {
            return p;
        }),
        resourceId: item["resourceId"],
        extension: !item["extension"]
            ? item["extension"]
            : deploymentExtensionDefinitionSerializer(item["extension"]),
        resourceType: item["resourceType"],
        identifiers: item["identifiers"],
        apiVersion: item["apiVersion"],
    };
}
function whatIfOperationResultDeserializer(item) {
    return {
        status: item["status"],
        ...(!item["properties"]
            ? item["properties"]
            : _whatIfOperationResultPropertiesDeserializer(item["properties"])),
        error: !item["error"] ? item["error"] : errorResponseDeserializer(item["error"]),
    };
}
function whatIfOperationPropertiesDeserializer(item) {
    return {
        changes: !item["changes"] ? item["changes"] : whatIfChangeArrayDeserializer(item["changes"]),
        potentialChanges: !item["potentialChanges"]
            ? item["potentialChanges"]
            : whatIfChangeArrayDeserializer(item["potentialChanges"]),
        diagnostics: !item["diagnostics"]
            ? item["diagnostics"]
            : deploymentDiagnosticsDefinitionArrayDeserializer(item["diagnostics"]),
    };
}
function whatIfChangeArrayDeserializer(result) {
    return result.map((item) => {
        return whatIfChangeDeserializer(item);
    });
}
function whatIfChangeDeserializer(item) {
    return {
        resourceId: item["resourceId"],
        deploymentId: item["deploymentId"],
        symbolicName: item["symbolicName"],
        resourceType: item["resourceType"],
        identifiers: item["identifiers"],
        extension: !item["extension"]
            ? item["extension"]
            : deploymentExtensionDefinitionDeserializer(item["extension"]),
        changeType: item["changeType"],
        unsupportedReason: item["unsupportedReason"],
        before: item["before"],
        after: item["after"],
        delta: !item["delta"] ? item["delta"] : whatIfPropertyChangeArrayDeserializer(item["delta"]),
    };
}
function whatIfPropertyChangeArrayDeserializer(result) {
    return result.map((item) => {
        return whatIfPropertyChangeDeserializer(item);
    });
}
function whatIfPropertyChangeDeserializer(item) {
    return {
        path: item["path"],
        propertyChangeType: item["propertyChangeType"],
        before: item["before"],
        after: item["after"],
        children: !item["children"]
            ? item["children"]
            : whatIfPropertyChangeArrayDeserializer(item["children"]),
    };
}
function deploymentWhatIfSerializer(item) {
    return {
        location: item["location"],
        properties: deploymentWhatIfPropertiesSerializer(item["properties"]),
    };
}
function templateHashResultDeserializer(item) {
    return {
        minifiedTemplate: item["minifiedTemplate"],
        templateHash: item["templateHash"],
    };
}
function deploymentOperationDeserializer(item) {
    return {
        id: item["id"],
        operationId: item["operationId"],
        properties: !item["properties"]
            ? item["properties"]
            : deploymentOperationPropertiesDeserializer(item["properties"]),
    };
}
function deploymentOperationPropertiesDeserializer(item) {
    return {
        provisioningOperation: item["provisioningOperation"],
        provisioningState: item["provisioningState"],
        timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
        duration: item["duration"],
        serviceRequestId: item["serviceRequestId"],
        statusCode: item["statusCode"],
        statusMessage: !item["statusMessage"]
            ? item["statusMessage"]
            : statusMessageDeserializer(item["statusMessage"]),
        targetResource: !item["targetResource"]
            ? item["targetResource"]
            : targetResourceDeserializer(item["targetResource"]),
        request: !item["request"] ? item["request"] : httpMessageDeserializer(item["request"]),
        response: !item["response"] ? item["response"] : httpMessageDeserializer(item["response"]),
    };
}
function statusMessageDeserializer(item) {
    return {
        status: item["status"],
        error: !item["error"] ? item["error"] : errorResponseDeserializer(item["error"]),
    };
}
function targetResourceDeserializer(item) {
    return {
        id: item["id"],
        resourceName: item["resourceName"],
        resourceType: item["resourceType"],
        extension: !item["extension"]
            ? item["extension"]
            : deploymentExtensionDefinitionDeserializer(item["extension"]),
        identifiers: item["identifiers"],
        apiVersion: item["apiVersion"],
        symbolicName: item["symbolicName"],
        symbolicNamePath: !item["symbolicNamePath"]
            ? item["symbolicNamePath"]
            : item["symbolicNamePath"].map((p) => {
                return p;
            }),
    };
}
function httpMessageDeserializer(item) {
    return {
        content: item["content"],
    };
}
function _deploymentOperationsListResultDeserializer(item) {
    return {
        value: deploymentOperationArrayDeserializer(item["value"]),
        nextLink: item["nextLink"],
    };
}
function deploymentOperationArrayDeserializer(result) {
    return result.map((item) => {
        return deploymentOperationDeserializer(item);
    });
}
/** The available API versions. */
var KnownVersions;
(function (KnownVersions) {
    /** The 2025-04-01 API version. */
    KnownVersions["V20250401"] = "2025-04-01";
    /** The 2026-06-01 API version. */
    KnownVersions["V20260601"] = "2026-06-01";
})(KnownVersions || (KnownVersions = {}));
function _whatIfOperationResultPropertiesDeserializer(item) {
    return {
        changes: !item["changes"] ? item["changes"] : whatIfChangeArrayDeserializer(item["changes"]),
        potentialChanges: !item["potentialChanges"]
            ? item["potentialChanges"]
            : whatIfChangeArrayDeserializer(item["potentialChanges"]),
        diagnostics: !item["diagnostics"]
            ? item["diagnostics"]
            : deploymentDiagnosticsDefinitionArrayDeserializer(item["diagnostics"]),
    };
}
//# sourceMappingURL=models.js.map
// EXTERNAL MODULE: ./node_modules/@azure-rest/core-client/dist/esm/index.js + 11 modules
var esm = __webpack_require__(83049);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 38 modules
var dist_esm = __webpack_require__(20690);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/static-helpers/pagingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
 */
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
    const itemName = options.itemName ?? "value";
    const nextLinkName = options.nextLinkName ?? "nextLink";
    const nextLinkMethod = options.nextLinkMethod ?? "GET";
    const apiVersion = options.apiVersion;
    const pagedResult = {
        getPage: async (pageLink) => {
            let result;
            if (pageLink === undefined) {
                result = await getInitialResponse();
            }
            else {
                const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
                result =
                    nextLinkMethod === "POST"
                        ? await client.pathUnchecked(resolvedPageLink).post()
                        : await client.pathUnchecked(resolvedPageLink).get();
            }
            checkPagingRequest(result, expectedStatuses);
            const results = await processResponseBody(result);
            const nextLink = getNextLink(results, nextLinkName);
            const values = getElements(results, itemName);
            return {
                page: values,
                nextPageLink: nextLink,
            };
        },
        byPage: (settings) => {
            const { continuationToken } = settings ?? {};
            return getPageAsyncIterator(pagedResult, {
                pageLink: continuationToken,
            });
        },
    };
    return getPagedAsyncIterator(pagedResult);
}
/**
 * returns an async iterator that iterates over results. It also has a `byPage`
 * method that returns pages of items at once.
 *
 * @param pagedResult - an object that specifies how to get pages.
 * @returns a paged async iterator that iterates over results.
 */
function getPagedAsyncIterator(pagedResult) {
    const iter = getItemAsyncIterator(pagedResult);
    return {
        next() {
            return iter.next();
        },
        [Symbol.asyncIterator]() {
            return this;
        },
        byPage: pagedResult?.byPage ??
            ((settings) => {
                const { continuationToken } = settings ?? {};
                return getPageAsyncIterator(pagedResult, {
                    pageLink: continuationToken,
                });
            }),
    };
}
async function* getItemAsyncIterator(pagedResult) {
    const pages = getPageAsyncIterator(pagedResult);
    for await (const page of pages) {
        yield* page;
    }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
    const { pageLink } = options;
    let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
    if (!response) {
        return;
    }
    let result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
    while (response.nextPageLink) {
        response = await pagedResult.getPage(response.nextPageLink);
        if (!response) {
            return;
        }
        result = response.page;
        result.continuationToken = response.nextPageLink;
        yield result;
    }
}
/**
 * Gets for the value of nextLink in the body
 */
function getNextLink(body, nextLinkName) {
    if (!nextLinkName) {
        return undefined;
    }
    const nextLink = body[nextLinkName];
    if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
        throw new dist_esm/* RestError */.pj(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
    }
    if (nextLink === null) {
        return undefined;
    }
    return nextLink;
}
/**
 * Gets the elements of the current request in the body.
 */
function getElements(body, itemName) {
    const value = body[itemName];
    if (!Array.isArray(value)) {
        throw new dist_esm/* RestError */.pj(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
    }
    return value ?? [];
}
/**
 * Checks if a request failed
 */
function checkPagingRequest(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,esm/* createRestError */.t$)(`Pagination failed with unexpected statusCode ${response.status}`, response);
    }
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pagingHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var logger_dist_esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger = (0,logger_dist_esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * The default time interval to wait before sending the next polling request.
 */
const POLL_INTERVAL_IN_MS = 2000;
/**
 * The closed set of terminal states.
 */
const terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Deserializes the state
 */
function deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`);
    }
}
function setStateError(inputs) {
    const { state, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            state.error = error;
            state.status = "failed";
        }
        throw error;
    };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
async function processOperationStatus(result) {
    const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            state.status = "succeeded";
            break;
        }
        case "failed": {
            const err = getError?.(response);
            let postfix = "";
            if (err) {
                const { code, message } = simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            state.error = new Error(errStr);
            state.status = "failed";
            logger.warning(errStr);
            break;
        }
        case "canceled": {
            state.status = "canceled";
            break;
        }
    }
    if (isDone?.(response, state) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        state.result = await buildResult({
            response,
            state,
            processResult,
        });
    }
}
async function buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function initOperation(inputs) {
    const { init, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
    const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response, } = await init();
    if (operationLocation)
        withOperationLocation?.(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
        initialRequestUrl,
        requestMethod,
    };
    logger.verbose(`LRO: Operation description:`, config);
    const state = { status: "running", config };
    const status = getOperationStatus({ response, state, operationLocation });
    await processOperationStatus({
        state,
        status,
        response,
        setErrorAsResult,
        processResult,
    });
    return state;
}
async function pollOperationHelper(inputs) {
    const { poll, state, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(setStateError({
        state,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(setStateError({ state, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function operation_pollOperation(inputs) {
    const { poll, state, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        await processOperationStatus({
            status,
            response,
            state,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval?.(response);
            if (intervalInMs)
                setDelay(intervalInMs);
            const location = getOperationLocation?.(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation?.(location, isUpdated);
            }
            else
                withOperationLocation?.(operationLocation, false);
        }
        updateState?.(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
    const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
    // If skipFinalGet is true, return undefined to skip the final GET request
    if (skipFinalGet) {
        return undefined;
    }
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return getDefault() ?? requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "operation-location":
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
    const requestPath = rawResponse.request.url;
    const requestMethod = rawResponse.request.method;
    const operationLocation = getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
                skipFinalGet,
            }),
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
            initialRequestUrl: requestPath,
            requestMethod,
        };
    }
    else {
        return undefined;
    }
}
function transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
    const lowerCaseStatus = status?.toLocaleLowerCase();
    if (!lowerCaseStatus) {
        return toOperationStatus(statusCode);
    }
    if (lowerCaseStatus.includes("succeeded")) {
        return "succeeded";
    }
    if (lowerCaseStatus.includes("fail")) {
        return "failed";
    }
    if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
        return "canceled";
    }
    return "running";
}
function getStatus(rawResponse) {
    const { status } = rawResponse.body ?? {};
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
    const { properties, provisioningState } = rawResponse.body ?? {};
    const status = properties?.provisioningState ?? provisioningState;
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
function parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter !== undefined) {
        // Retry-After header value is either in HTTP date format, or in seconds
        const retryAfterInSeconds = parseInt(retryAfter);
        return isNaN(retryAfterInSeconds)
            ? calculatePollingIntervalFromDate(new Date(retryAfter))
            : retryAfterInSeconds * 1000;
    }
    return undefined;
}
function getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
    const timeNow = Math.floor(new Date().getTime());
    const retryAfterTime = retryAfterDate.getTime();
    if (timeNow < retryAfterTime) {
        return retryAfterTime - timeNow;
    }
    return undefined;
}
function getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        const mode = state.config.metadata?.["mode"];
        switch (mode) {
            case undefined:
                return toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getOperationLocationPollingUrl({
                operationLocation: getOperationLocationHeader(rawResponse),
                azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function getOperationStatus({ rawResponse }, state) {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
    return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
    const loc = accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function pollHttpOperation(inputs) {
    const { lro, options, processResult, updateState, setDelay, state, setErrorAsResult } = inputs;
    return pollOperation({
        state,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: getErrorFromResponse,
        updateState,
        getPollingInterval: parseRetryAfter,
        getOperationLocation,
        getOperationStatus,
        isOperationError,
        getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: async (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 6 modules
var core_util_dist_esm = __webpack_require__(97237);
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Returns a poller factory.
 */
function buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        let statePromise;
        let state;
        if (restoreFrom) {
            state = deserializeState(restoreFrom);
            statePromise = Promise.resolve(state);
        }
        else {
            statePromise = initOperation({
                init,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            }).then((s) => (state = s));
        }
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        let currentPollIntervalInMs = intervalInMs;
        const poller = {
            get operationState() {
                return state;
            },
            get result() {
                return state?.result;
            },
            get isDone() {
                return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
            },
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            serialize: async () => {
                await statePromise;
                return JSON.stringify({
                    state,
                });
            },
            submitted: async () => {
                await statePromise;
            },
            pollUntilDone: async (pollOptions) => {
                resultPromise ??= (async () => {
                    await statePromise;
                    if (!state) {
                        throw new Error("Poller should be initialized but it is not!");
                    }
                    const { abortSignal: inputAbortSignal } = pollOptions || {};
                    // In the future we can use AbortSignal.any() instead
                    function abortListener() {
                        abortController.abort();
                    }
                    const abortSignal = abortController.signal;
                    if (inputAbortSignal?.aborted) {
                        abortController.abort();
                    }
                    else if (!abortSignal.aborted) {
                        inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
                    }
                    try {
                        if (!poller.isDone) {
                            await poller.poll({ abortSignal });
                            while (!poller.isDone) {
                                await (0,core_util_dist_esm/* delay */.cb)(currentPollIntervalInMs, { abortSignal });
                                await poller.poll({ abortSignal });
                            }
                        }
                    }
                    finally {
                        inputAbortSignal?.removeEventListener("abort", abortListener);
                    }
                    if (resolveOnUnsuccessful) {
                        return poller.result;
                    }
                    else {
                        switch (state.status) {
                            case "succeeded":
                                return poller.result;
                            case "canceled":
                                throw new Error(cancelErrMsg);
                            case "failed":
                                throw state.error;
                            case "notStarted":
                            case "running":
                                throw new Error(`Polling completed without succeeding or failing`);
                        }
                    }
                })().finally(() => {
                    resultPromise = undefined;
                });
                return resultPromise;
            },
            async poll(pollOptions) {
                await statePromise;
                if (!state) {
                    throw new Error("Poller should be initialized but it is not!");
                }
                if (resolveOnUnsuccessful) {
                    if (poller.isDone)
                        return state;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return state;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await operation_pollOperation({
                    poll,
                    state,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = pollIntervalInMs;
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                return state;
            },
            then(onfulfilled, onrejected) {
                return poller.pollUntilDone().then(onfulfilled, onrejected);
            },
            catch(onrejected) {
                return poller.pollUntilDone().catch(onrejected);
            },
            finally(onfinally) {
                return poller.pollUntilDone().finally(onfinally);
            },
            [Symbol.toStringTag]: "Poller",
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/http/utils.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Rewrites a given URL to use the specified base URL.
 * It preserves the pathname, search parameters, and fragment.
 * Handles relative URLs and proper encoding.
 *
 * @param params - An object containing the url and baseUrl.
 *                    url - The original URL (absolute or relative).
 *                    baseUrl - The new base URL to use.
 * @returns The rewritten URL as a string.
 */
function rewriteUrl({ url, baseUrl, }) {
    if (!url) {
        return undefined;
    }
    if (!baseUrl) {
        return url;
    }
    let originalUrl;
    try {
        // Try to parse inputUrl as an absolute URL.
        originalUrl = new URL(url);
    }
    catch {
        // If inputUrl is relative, resolve using the provided baseUrl.
        try {
            originalUrl = new URL(url, baseUrl);
        }
        catch (e) {
            throw new Error(`Invalid input URL provided: ${url}`);
        }
    }
    let newBase;
    try {
        newBase = new URL(baseUrl);
    }
    catch (e) {
        throw new Error(`Invalid base URL provided: ${baseUrl}`);
    }
    const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
    return rewrittenUrl.toString();
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
function createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse: getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError: isOperationError,
        getOperationLocation: getOperationLocation,
        getResourceLocation: getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
            return {
                response,
                operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
                resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
                initialRequestUrl: config?.initialRequestUrl,
                requestMethod: config?.requestMethod,
                ...(config?.mode ? { metadata: { mode: config.mode } } : {}),
            };
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/static-helpers/pollingHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


function getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
    const { restoreFrom, getInitialResponse, apiVersion } = options;
    if (!restoreFrom && !getInitialResponse) {
        throw new Error("Either restoreFrom or getInitialResponse must be specified");
    }
    let initialResponse = undefined;
    const pollAbortController = new AbortController();
    const poller = {
        sendInitialRequest: async () => {
            if (!getInitialResponse) {
                throw new Error("getInitialResponse is required when initializing a new poller");
            }
            initialResponse = await getInitialResponse();
            return getLroResponse(initialResponse, expectedStatuses);
        },
        sendPollRequest: async (path, pollOptions) => {
            // The poll request would both listen to the user provided abort signal and the poller's own abort signal
            function abortListener() {
                pollAbortController.abort();
            }
            const abortSignal = pollAbortController.signal;
            if (options.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (pollOptions?.abortSignal?.aborted) {
                pollAbortController.abort();
            }
            else if (!abortSignal.aborted) {
                options.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
                pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
                    once: true,
                });
            }
            let response;
            try {
                const pollingPath = apiVersion ? pollingHelpers_addApiVersionToUrl(path, apiVersion) : path;
                response = await client.pathUnchecked(pollingPath).get({ abortSignal });
            }
            finally {
                options.abortSignal?.removeEventListener("abort", abortListener);
                pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
            }
            return getLroResponse(response, expectedStatuses);
        },
    };
    return createHttpPoller(poller, {
        intervalInMs: options?.updateIntervalInMs,
        resourceLocationConfig: options?.resourceLocationConfig,
        restoreFrom: options?.restoreFrom,
        processResult: (result) => {
            return processResponseBody(result);
        },
    });
}
/**
 * Converts a Rest Client response to a response that the LRO implementation understands
 * @param response - a rest client http response
 * @param deserializeFn - deserialize function to convert Rest response to modular output
 * @returns - An LRO response that the LRO implementation understands
 */
function getLroResponse(response, expectedStatuses) {
    if (!expectedStatuses.includes(response.status)) {
        throw (0,esm/* createRestError */.t$)(response);
    }
    return {
        flatResponse: response,
        rawResponse: {
            ...response,
            statusCode: Number.parseInt(response.status),
            body: response.body,
        },
    };
}
/**
 * Adds the api-version query parameter on a URL if it's not present.
 * @param url - the URL to modify
 * @param apiVersion - the API version to set
 * @returns - the URL with the api-version query parameter set
 */
function pollingHelpers_addApiVersionToUrl(url, apiVersion) {
    // The base URL is only used for parsing and won't appear in the returned URL
    const urlObj = new URL(url, "https://microsoft.com");
    if (!urlObj.searchParams.get("api-version")) {
        // Append one if there is no apiVersion
        return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
    }
    return url;
}
//# sourceMappingURL=pollingHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/static-helpers/urlTemplate.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// ---------------------
// helpers
// ---------------------
function encodeComponent(val, reserved, op) {
    return (reserved ?? op === "+") || op === "#"
        ? encodeReservedComponent(val)
        : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
    return str
        .split(/(%[0-9A-Fa-f]{2})/g)
        .map((part) => (!/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part))
        .join("");
}
function encodeRFC3986URIComponent(str) {
    return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
    return val !== undefined && val !== null;
}
function getNamedAndIfEmpty(op) {
    return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
    if (isFirst) {
        return !op || op === "+" ? "" : op;
    }
    else if (!op || op === "+" || op === "#") {
        return ",";
    }
    else if (op === "?") {
        return "&";
    }
    else {
        return op;
    }
}
function getExpandedValue(option) {
    let isFirst = option.isFirst;
    const { op, varName, varValue: value, reserved } = option;
    const vals = [];
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            // prepare the following parts: separator, varName, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (named && varName) {
                vals.push(`${encodeURIComponent(varName)}`);
                if (val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            const val = value[key];
            if (!isDefined(val)) {
                continue;
            }
            // prepare the following parts: separator, key, value
            vals.push(`${getFirstOrSep(op, isFirst)}`);
            if (key) {
                vals.push(`${encodeURIComponent(key)}`);
                if (named && val === "") {
                    vals.push(ifEmpty);
                }
                else {
                    vals.push("=");
                }
            }
            vals.push(encodeComponent(val, reserved, op));
            isFirst = false;
        }
    }
    return vals.join("");
}
function getNonExpandedValue(option) {
    const { op, varName, varValue: value, isFirst, reserved } = option;
    const vals = [];
    const first = getFirstOrSep(op, isFirst);
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    if (named && varName) {
        vals.push(encodeComponent(varName, reserved, op));
        if (value === "") {
            if (!ifEmpty) {
                vals.push(ifEmpty);
            }
            return !vals.join("") ? undefined : `${first}${vals.join("")}`;
        }
        vals.push("=");
    }
    const items = [];
    if (Array.isArray(value)) {
        for (const val of value.filter(isDefined)) {
            items.push(encodeComponent(val, reserved, op));
        }
    }
    else if (typeof value === "object") {
        for (const key of Object.keys(value)) {
            if (!isDefined(value[key])) {
                continue;
            }
            items.push(encodeRFC3986URIComponent(key));
            items.push(encodeComponent(value[key], reserved, op));
        }
    }
    vals.push(items.join(","));
    return !vals.join(",") ? undefined : `${first}${vals.join("")}`;
}
function getVarValue(option) {
    const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
    if (!isDefined(value)) {
        return undefined;
    }
    else if (["string", "number", "boolean"].includes(typeof value)) {
        let val = value.toString();
        const [named, ifEmpty] = getNamedAndIfEmpty(op);
        const vals = [getFirstOrSep(op, isFirst)];
        if (named && varName) {
            // No need to encode varName considering it is already encoded
            vals.push(varName);
            if (val === "") {
                vals.push(ifEmpty);
            }
            else {
                vals.push("=");
            }
        }
        if (modifier && modifier !== "*") {
            val = val.substring(0, parseInt(modifier, 10));
        }
        vals.push(encodeComponent(val, reserved, op));
        return vals.join("");
    }
    else if (modifier === "*") {
        return getExpandedValue(option);
    }
    else {
        return getNonExpandedValue(option);
    }
}
// ---------------------------------------------------------------------------------------------------
// This is an implementation of RFC 6570 URI Template: https://datatracker.ietf.org/doc/html/rfc6570.
// ---------------------------------------------------------------------------------------------------
function expandUrlTemplate(template, context, option) {
    const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
        if (!expr) {
            return encodeReservedComponent(text);
        }
        let op;
        if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
            op = expr[0];
            expr = expr.slice(1);
        }
        const varList = expr.split(/,/g);
        const innerResult = [];
        for (const varSpec of varList) {
            const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
            if (!varMatch || !varMatch[1]) {
                continue;
            }
            const varValue = getVarValue({
                isFirst: innerResult.length === 0,
                op,
                varValue: context[varMatch[1]],
                varName: varMatch[1],
                modifier: varMatch[2] || varMatch[3],
                reserved: option?.allowReserved,
            });
            if (varValue) {
                innerResult.push(varValue);
            }
        }
        return innerResult.join("");
    });
    return normalizeUnreserved(result);
}
/**
 * Normalize an expanded URI by decoding percent-encoded unreserved characters.
 * RFC 3986 unreserved: "-" / "." / "~"
 */
function normalizeUnreserved(uri) {
    return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
        const char = String.fromCharCode(parseInt(hex, 16));
        // Decode only if it's unreserved
        if (/[.~-]/.test(char)) {
            return char;
        }
        return match; // leave other encodings intact
    });
}
//# sourceMappingURL=urlTemplate.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/api/deployments/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





function _calculateTemplateHashSend(context, template, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/calculateTemplateHash{?api%2Dversion}", {
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: template,
    });
}
async function _calculateTemplateHashDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return templateHashResultDeserializer(result.body);
}
/** Calculate the hash of the given template. */
async function calculateTemplateHash(context, template, options = { requestOptions: {} }) {
    const result = await _calculateTemplateHashSend(context, template, options);
    return _calculateTemplateHashDeserialize(result);
}
function _exportTemplateSend(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}/exportTemplate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _exportTemplateDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExportResultDeserializer(result.body);
}
/** Exports the template used for specified deployment. */
async function exportTemplate(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const result = await _exportTemplateSend(context, resourceGroupName, deploymentName, options);
    return _exportTemplateDeserialize(result);
}
function _whatIfSend(context, resourceGroupName, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}/whatIf{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentWhatIfSerializer(parameters),
    });
}
async function _whatIfDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return whatIfOperationResultDeserializer(result.body);
}
/** Returns changes that will be made by the deployment if executed at the scope of the resource group. */
function whatIf(context, resourceGroupName, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _whatIfDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _whatIfSend(context, resourceGroupName, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _validateSend(context, resourceGroupName, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}/validate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentSerializer(parameters),
    });
}
async function _validateDeserialize(result) {
    const expectedStatuses = ["200", "202", "400", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentValidateResultDeserializer(result.body);
}
/** Validates whether the specified template is syntactically correct and will be accepted by Azure Resource Manager.. */
function validate(context, resourceGroupName, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _validateDeserialize, ["200", "202", "400", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateSend(context, resourceGroupName, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _cancelSend(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}/cancel{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _cancelDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** You can cancel a deployment only if the provisioningState is Accepted or Running. After the deployment is canceled, the provisioningState is set to Canceled. Canceling a template deployment stops the currently running template deployment and leaves the resource group partially deployed. */
async function cancel(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const result = await _cancelSend(context, resourceGroupName, deploymentName, options);
    return _cancelDeserialize(result);
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments{?api%2Dversion,%24filter,%24top}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
        "%24filter": options?.filter,
        "%24top": options?.top,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listByResourceGroupDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _deploymentListResultDeserializer(result.body);
}
/** Get all the deployments for a resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _$deleteSend(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _$deleteDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** A template deployment that is currently running cannot be deleted. Deleting a template deployment removes the associated deployment operations. Deleting a template deployment does not affect the state of the resource group. This is an asynchronous operation that returns a status of 202 until the template deployment is successfully deleted. The Location response header contains the URI that is used to obtain the status of the process. While the process is running, a call to the URI in the Location header returns a status of 202. When the process finishes, the URI in the Location header returns a status of 204 on success. If the asynchronous request failed, the URI in the Location header returns an error-level status code. */
function $delete(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _$deleteDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _$deleteSend(context, resourceGroupName, deploymentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _createOrUpdateSend(context, resourceGroupName, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentSerializer(parameters),
    });
}
async function _createOrUpdateDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** You can provide the template and parameters directly in the request or link to JSON files. */
function createOrUpdate(context, resourceGroupName, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateSend(context, resourceGroupName, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _checkExistenceSend(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).head({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _checkExistenceDeserialize(result) {
    const expectedStatuses = ["204", "404"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.status.startsWith("2") };
}
/** Checks whether the deployment exists. */
async function checkExistence(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const result = await _checkExistenceSend(context, resourceGroupName, deploymentName, options);
    return _checkExistenceDeserialize(result);
}
function _getSend(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        resourceGroupName: resourceGroupName,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** Gets a deployment. */
async function get(context, resourceGroupName, deploymentName, options = { requestOptions: {} }) {
    const result = await _getSend(context, resourceGroupName, deploymentName, options);
    return _getDeserialize(result);
}
function _exportTemplateAtSubscriptionScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}/exportTemplate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _exportTemplateAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExportResultDeserializer(result.body);
}
/** Exports the template used for specified deployment. */
async function exportTemplateAtSubscriptionScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _exportTemplateAtSubscriptionScopeSend(context, deploymentName, options);
    return _exportTemplateAtSubscriptionScopeDeserialize(result);
}
function _whatIfAtSubscriptionScopeSend(context, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}/whatIf{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentWhatIfSerializer(parameters),
    });
}
async function _whatIfAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return whatIfOperationResultDeserializer(result.body);
}
/** Returns changes that will be made by the deployment if executed at the scope of the subscription. */
function whatIfAtSubscriptionScope(context, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _whatIfAtSubscriptionScopeDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _whatIfAtSubscriptionScopeSend(context, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _validateAtSubscriptionScopeSend(context, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}/validate{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentSerializer(parameters),
    });
}
async function _validateAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200", "202", "400", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentValidateResultDeserializer(result.body);
}
/** Validates whether the specified template is syntactically correct and will be accepted by Azure Resource Manager.. */
function validateAtSubscriptionScope(context, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _validateAtSubscriptionScopeDeserialize, ["200", "202", "400", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateAtSubscriptionScopeSend(context, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _cancelAtSubscriptionScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}/cancel{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _cancelAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** You can cancel a deployment only if the provisioningState is Accepted or Running. After the deployment is canceled, the provisioningState is set to Canceled. Canceling a template deployment stops the currently running template deployment and leaves the resources partially deployed. */
async function cancelAtSubscriptionScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _cancelAtSubscriptionScopeSend(context, deploymentName, options);
    return _cancelAtSubscriptionScopeDeserialize(result);
}
function _listAtSubscriptionScopeSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments{?api%2Dversion,%24filter,%24top}", {
        subscriptionId: context.subscriptionId,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
        "%24filter": options?.filter,
        "%24top": options?.top,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _deploymentListResultDeserializer(result.body);
}
/** Get all the deployments for a subscription. */
function listAtSubscriptionScope(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listAtSubscriptionScopeSend(context, options), _listAtSubscriptionScopeDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _deleteAtSubscriptionScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** A template deployment that is currently running cannot be deleted. Deleting a template deployment removes the associated deployment operations. This is an asynchronous operation that returns a status of 202 until the template deployment is successfully deleted. The Location response header contains the URI that is used to obtain the status of the process. While the process is running, a call to the URI in the Location header returns a status of 202. When the process finishes, the URI in the Location header returns a status of 204 on success. If the asynchronous request failed, the URI in the Location header returns an error-level status code. */
function deleteAtSubscriptionScope(context, deploymentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deleteAtSubscriptionScopeDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteAtSubscriptionScopeSend(context, deploymentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _createOrUpdateAtSubscriptionScopeSend(context, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentSerializer(parameters),
    });
}
async function _createOrUpdateAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** You can provide the template and parameters directly in the request or link to JSON files. */
function createOrUpdateAtSubscriptionScope(context, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateAtSubscriptionScopeDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateAtSubscriptionScopeSend(context, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _checkExistenceAtSubscriptionScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).head({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _checkExistenceAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["204", "404"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.status.startsWith("2") };
}
/** Checks whether the deployment exists. */
async function checkExistenceAtSubscriptionScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _checkExistenceAtSubscriptionScopeSend(context, deploymentName, options);
    return _checkExistenceAtSubscriptionScopeDeserialize(result);
}
function _getAtSubscriptionScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        subscriptionId: context.subscriptionId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAtSubscriptionScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** Gets a deployment. */
async function getAtSubscriptionScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _getAtSubscriptionScopeSend(context, deploymentName, options);
    return _getAtSubscriptionScopeDeserialize(result);
}
function _exportTemplateAtManagementGroupScopeSend(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}/exportTemplate{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _exportTemplateAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExportResultDeserializer(result.body);
}
/** Exports the template used for specified deployment. */
async function exportTemplateAtManagementGroupScope(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const result = await _exportTemplateAtManagementGroupScopeSend(context, groupId, deploymentName, options);
    return _exportTemplateAtManagementGroupScopeDeserialize(result);
}
function _whatIfAtManagementGroupScopeSend(context, groupId, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}/whatIf{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scopedDeploymentWhatIfSerializer(parameters),
    });
}
async function _whatIfAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return whatIfOperationResultDeserializer(result.body);
}
/** Returns changes that will be made by the deployment if executed at the scope of the management group. */
function whatIfAtManagementGroupScope(context, groupId, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _whatIfAtManagementGroupScopeDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _whatIfAtManagementGroupScopeSend(context, groupId, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _validateAtManagementGroupScopeSend(context, groupId, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}/validate{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scopedDeploymentSerializer(parameters),
    });
}
async function _validateAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["200", "202", "400", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentValidateResultDeserializer(result.body);
}
/** Validates whether the specified template is syntactically correct and will be accepted by Azure Resource Manager.. */
function validateAtManagementGroupScope(context, groupId, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _validateAtManagementGroupScopeDeserialize, ["200", "202", "400", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateAtManagementGroupScopeSend(context, groupId, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _cancelAtManagementGroupScopeSend(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}/cancel{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _cancelAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** You can cancel a deployment only if the provisioningState is Accepted or Running. After the deployment is canceled, the provisioningState is set to Canceled. Canceling a template deployment stops the currently running template deployment and leaves the resources partially deployed. */
async function cancelAtManagementGroupScope(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const result = await _cancelAtManagementGroupScopeSend(context, groupId, deploymentName, options);
    return _cancelAtManagementGroupScopeDeserialize(result);
}
function _listAtManagementGroupScopeSend(context, groupId, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments{?api%2Dversion,%24filter,%24top}", {
        groupId: groupId,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
        "%24filter": options?.filter,
        "%24top": options?.top,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _deploymentListResultDeserializer(result.body);
}
/** Get all the deployments for a management group. */
function listAtManagementGroupScope(context, groupId, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listAtManagementGroupScopeSend(context, groupId, options), _listAtManagementGroupScopeDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _deleteAtManagementGroupScopeSend(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** A template deployment that is currently running cannot be deleted. Deleting a template deployment removes the associated deployment operations. This is an asynchronous operation that returns a status of 202 until the template deployment is successfully deleted. The Location response header contains the URI that is used to obtain the status of the process. While the process is running, a call to the URI in the Location header returns a status of 202. When the process finishes, the URI in the Location header returns a status of 204 on success. If the asynchronous request failed, the URI in the Location header returns an error-level status code. */
function deleteAtManagementGroupScope(context, groupId, deploymentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deleteAtManagementGroupScopeDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteAtManagementGroupScopeSend(context, groupId, deploymentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _createOrUpdateAtManagementGroupScopeSend(context, groupId, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scopedDeploymentSerializer(parameters),
    });
}
async function _createOrUpdateAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** You can provide the template and parameters directly in the request or link to JSON files. */
function createOrUpdateAtManagementGroupScope(context, groupId, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateAtManagementGroupScopeDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateAtManagementGroupScopeSend(context, groupId, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _checkExistenceAtManagementGroupScopeSend(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).head({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _checkExistenceAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["204", "404"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.status.startsWith("2") };
}
/** Checks whether the deployment exists. */
async function checkExistenceAtManagementGroupScope(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const result = await _checkExistenceAtManagementGroupScopeSend(context, groupId, deploymentName, options);
    return _checkExistenceAtManagementGroupScopeDeserialize(result);
}
function _getAtManagementGroupScopeSend(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Management/managementGroups/{groupId}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        groupId: groupId,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAtManagementGroupScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** Gets a deployment. */
async function getAtManagementGroupScope(context, groupId, deploymentName, options = { requestOptions: {} }) {
    const result = await _getAtManagementGroupScopeSend(context, groupId, deploymentName, options);
    return _getAtManagementGroupScopeDeserialize(result);
}
function _listAtTenantScopeSend(context, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments{?api%2Dversion,%24filter,%24top}", {
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
        "%24filter": options?.filter,
        "%24top": options?.top,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _deploymentListResultDeserializer(result.body);
}
/** Get all the deployments at the tenant scope. */
function listAtTenantScope(context, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listAtTenantScopeSend(context, options), _listAtTenantScopeDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _exportTemplateAtTenantScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}/exportTemplate{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _exportTemplateAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExportResultDeserializer(result.body);
}
/** Exports the template used for specified deployment. */
async function exportTemplateAtTenantScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _exportTemplateAtTenantScopeSend(context, deploymentName, options);
    return _exportTemplateAtTenantScopeDeserialize(result);
}
function _whatIfAtTenantScopeSend(context, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}/whatIf{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scopedDeploymentWhatIfSerializer(parameters),
    });
}
async function _whatIfAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["200", "202", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return whatIfOperationResultDeserializer(result.body);
}
/** Returns changes that will be made by the deployment if executed at the scope of the tenant group. */
function whatIfAtTenantScope(context, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _whatIfAtTenantScopeDeserialize, ["200", "202", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _whatIfAtTenantScopeSend(context, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _validateAtTenantScopeSend(context, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}/validate{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scopedDeploymentSerializer(parameters),
    });
}
async function _validateAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["200", "202", "400", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentValidateResultDeserializer(result.body);
}
/** Validates whether the specified template is syntactically correct and will be accepted by Azure Resource Manager.. */
function validateAtTenantScope(context, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _validateAtTenantScopeDeserialize, ["200", "202", "400", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateAtTenantScopeSend(context, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _cancelAtTenantScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}/cancel{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _cancelAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** You can cancel a deployment only if the provisioningState is Accepted or Running. After the deployment is canceled, the provisioningState is set to Canceled. Canceling a template deployment stops the currently running template deployment and leaves the resources partially deployed. */
async function cancelAtTenantScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _cancelAtTenantScopeSend(context, deploymentName, options);
    return _cancelAtTenantScopeDeserialize(result);
}
function _deleteAtTenantScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** A template deployment that is currently running cannot be deleted. Deleting a template deployment removes the associated deployment operations. This is an asynchronous operation that returns a status of 202 until the template deployment is successfully deleted. The Location response header contains the URI that is used to obtain the status of the process. While the process is running, a call to the URI in the Location header returns a status of 202. When the process finishes, the URI in the Location header returns a status of 204 on success. If the asynchronous request failed, the URI in the Location header returns an error-level status code. */
function deleteAtTenantScope(context, deploymentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deleteAtTenantScopeDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteAtTenantScopeSend(context, deploymentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _createOrUpdateAtTenantScopeSend(context, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: scopedDeploymentSerializer(parameters),
    });
}
async function _createOrUpdateAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** You can provide the template and parameters directly in the request or link to JSON files. */
function createOrUpdateAtTenantScope(context, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateAtTenantScopeDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateAtTenantScopeSend(context, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _checkExistenceAtTenantScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).head({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _checkExistenceAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["204", "404"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.status.startsWith("2") };
}
/** Checks whether the deployment exists. */
async function checkExistenceAtTenantScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _checkExistenceAtTenantScopeSend(context, deploymentName, options);
    return _checkExistenceAtTenantScopeDeserialize(result);
}
function _getAtTenantScopeSend(context, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAtTenantScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** Gets a deployment. */
async function getAtTenantScope(context, deploymentName, options = { requestOptions: {} }) {
    const result = await _getAtTenantScopeSend(context, deploymentName, options);
    return _getAtTenantScopeDeserialize(result);
}
function _exportTemplateAtScopeSend(context, scope, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments/{deploymentName}/exportTemplate{?api%2Dversion}", {
        scope: scope,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _exportTemplateAtScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExportResultDeserializer(result.body);
}
/** Exports the template used for specified deployment. */
async function exportTemplateAtScope(context, scope, deploymentName, options = { requestOptions: {} }) {
    const result = await _exportTemplateAtScopeSend(context, scope, deploymentName, options);
    return _exportTemplateAtScopeDeserialize(result);
}
function _validateAtScopeSend(context, scope, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments/{deploymentName}/validate{?api%2Dversion}", {
        scope: scope,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentSerializer(parameters),
    });
}
async function _validateAtScopeDeserialize(result) {
    const expectedStatuses = ["200", "202", "400", "201"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentValidateResultDeserializer(result.body);
}
/** Validates whether the specified template is syntactically correct and will be accepted by Azure Resource Manager.. */
function validateAtScope(context, scope, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _validateAtScopeDeserialize, ["200", "202", "400", "201"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _validateAtScopeSend(context, scope, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _cancelAtScopeSend(context, scope, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments/{deploymentName}/cancel{?api%2Dversion}", {
        scope: scope,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).post({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _cancelAtScopeDeserialize(result) {
    const expectedStatuses = ["204"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** You can cancel a deployment only if the provisioningState is Accepted or Running. After the deployment is canceled, the provisioningState is set to Canceled. Canceling a template deployment stops the currently running template deployment and leaves the resources partially deployed. */
async function cancelAtScope(context, scope, deploymentName, options = { requestOptions: {} }) {
    const result = await _cancelAtScopeSend(context, scope, deploymentName, options);
    return _cancelAtScopeDeserialize(result);
}
function _listAtScopeSend(context, scope, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments{?api%2Dversion,%24filter,%24top}", {
        scope: scope,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
        "%24filter": options?.filter,
        "%24top": options?.top,
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _listAtScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return _deploymentListResultDeserializer(result.body);
}
/** Get all the deployments at the given scope. */
function listAtScope(context, scope, options = { requestOptions: {} }) {
    return buildPagedAsyncIterator(context, () => _listAtScopeSend(context, scope, options), _listAtScopeDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: context.apiVersion ?? "2026-06-01" });
}
function _deleteAtScopeSend(context, scope, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        scope: scope,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).delete({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _deleteAtScopeDeserialize(result) {
    const expectedStatuses = ["202", "204", "200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return;
}
/** A template deployment that is currently running cannot be deleted. Deleting a template deployment removes the associated deployment operations. This is an asynchronous operation that returns a status of 202 until the template deployment is successfully deleted. The Location response header contains the URI that is used to obtain the status of the process. While the process is running, a call to the URI in the Location header returns a status of 202. When the process finishes, the URI in the Location header returns a status of 204 on success. If the asynchronous request failed, the URI in the Location header returns an error-level status code. */
function deleteAtScope(context, scope, deploymentName, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _deleteAtScopeDeserialize, ["202", "204", "200"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _deleteAtScopeSend(context, scope, deploymentName, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _createOrUpdateAtScopeSend(context, scope, deploymentName, parameters, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        scope: scope,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).put({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        contentType: "application/json",
        headers: { accept: "application/json", ...options.requestOptions?.headers },
        body: deploymentSerializer(parameters),
    });
}
async function _createOrUpdateAtScopeDeserialize(result) {
    const expectedStatuses = ["200", "201", "202"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** You can provide the template and parameters directly in the request or link to JSON files. */
function createOrUpdateAtScope(context, scope, deploymentName, parameters, options = { requestOptions: {} }) {
    return getLongRunningPoller(context, _createOrUpdateAtScopeDeserialize, ["200", "201", "202"], {
        updateIntervalInMs: options?.updateIntervalInMs,
        abortSignal: options?.abortSignal,
        getInitialResponse: () => _createOrUpdateAtScopeSend(context, scope, deploymentName, parameters, options),
        resourceLocationConfig: "location",
        apiVersion: context.apiVersion ?? "2026-06-01",
    });
}
function _checkExistenceAtScopeSend(context, scope, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        scope: scope,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).head({ ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options) });
}
async function _checkExistenceAtScopeDeserialize(result) {
    const expectedStatuses = ["204", "404"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return { body: result.status.startsWith("2") };
}
/** Checks whether the deployment exists. */
async function checkExistenceAtScope(context, scope, deploymentName, options = { requestOptions: {} }) {
    const result = await _checkExistenceAtScopeSend(context, scope, deploymentName, options);
    return _checkExistenceAtScopeDeserialize(result);
}
function _getAtScopeSend(context, scope, deploymentName, options = { requestOptions: {} }) {
    const path = expandUrlTemplate("/{+scope}/providers/Microsoft.Resources/deployments/{deploymentName}{?api%2Dversion}", {
        scope: scope,
        deploymentName: deploymentName,
        "api%2Dversion": context.apiVersion ?? "2026-06-01",
    }, {
        allowReserved: options?.requestOptions?.skipUrlEncoding,
    });
    return context.path(path).get({
        ...(0,esm/* operationOptionsToRequestParameters */.Iq)(options),
        headers: { accept: "application/json", ...options.requestOptions?.headers },
    });
}
async function _getAtScopeDeserialize(result) {
    const expectedStatuses = ["200"];
    if (!expectedStatuses.includes(result.status)) {
        const error = (0,esm/* createRestError */.t$)(result);
        if (result.body) {
            error.details = cloudErrorDeserializer(result.body);
        }
        throw error;
    }
    return deploymentExtendedDeserializer(result.body);
}
/** Gets a deployment. */
async function getAtScope(context, scope, deploymentName, options = { requestOptions: {} }) {
    const result = await _getAtScopeSend(context, scope, deploymentName, options);
    return _getAtScopeDeserialize(result);
}
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/api/deployments/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

//# sourceMappingURL=index.js.map

/***/ })

};
