/**
 * The site's policy lets no string become script through the DOM (Trusted Types, `trusted-types
 * offline-worker` in deploy/security-headers.conf), and registering a worker is such a place. So
 * the one policy allowed, `offline-worker`, turns exactly the worker's own address into a script
 * URL, and nothing else. Browsers without Trusted Types take the plain address.
 */

/** The slice of the Trusted Types API used here (TypeScript's DOM types do not describe it yet). */
type ScriptUrlPolicies = {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => {
    createScriptURL: (url: string) => unknown;
  };
};

export function offlineWorkerUrl(address: string): string {
  const policies = (window as { trustedTypes?: ScriptUrlPolicies }).trustedTypes;
  if (policies === undefined) return address;
  const policy = policies.createPolicy('offline-worker', {
    createScriptURL: (url) => {
      if (url !== address) throw new TypeError(`Not the offline worker's address: ${url}`);
      return url;
    },
  });
  // A TrustedScriptURL, which register() takes where it takes a string.
  return policy.createScriptURL(address) as string;
}
