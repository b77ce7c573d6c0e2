import { AdditiveBlending, Color, DoubleSide, ShaderMaterial } from 'three';

const vertexShader = /* glsl */ `
varying vec3 vNormal;
varying vec3 vView;
void main() {
  vec4 local = vec4(position, 1.0);
  vec3 n = normal;
  #ifdef USE_INSTANCING
    local = instanceMatrix * local;
    n = mat3(instanceMatrix) * n;
  #endif
  vec4 mv = modelViewMatrix * local;
  vNormal = normalize(normalMatrix * n);
  vView = normalize(-mv.xyz);
  gl_Position = projectionMatrix * mv;
}`;

const fragmentShader = /* glsl */ `
uniform vec3 uColor;
uniform float uOpacity;
uniform float uRim;
varying vec3 vNormal;
varying vec3 vView;
void main() {
  float facing = abs(dot(normalize(vNormal), normalize(vView)));
  // A cloud is brightest in its middle and fades to nothing at the edge; a shell glows at its rim.
  float cloud = facing * facing;
  float rim = pow(1.0 - facing, 1.5) * 0.8 + 0.2;
  gl_FragColor = vec4(uColor, mix(cloud, rim, uRim) * uOpacity);
}`;

export interface GlowOptions {
  colour: string;
  opacity: number;
  /** 0: soft cloud (bright centre); 1: shell (bright rim). */
  rim: number;
}

/** A soft additive glow that works on instanced meshes: local, no textures, no network. */
export function glowMaterial({ colour, opacity, rim }: GlowOptions): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { uColor: { value: new Color(colour) }, uOpacity: { value: opacity }, uRim: { value: rim } },
    vertexShader,
    fragmentShader,
    transparent: true,
    depthWrite: false,
    blending: AdditiveBlending,
    side: DoubleSide,
  });
}

export function setGlowOpacity(material: ShaderMaterial, opacity: number): void {
  const uniform = material.uniforms.uOpacity;
  if (uniform) uniform.value = opacity;
}
