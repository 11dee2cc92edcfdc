import type { Config } from "tailwindcss";

// Loaded by app/globals.css through Tailwind v4's @config.
export default {
  content: ["./app/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        harbour: {
          50: "#eef8f7",
          100: "#d5eeeb",
          500: "#1f8a82",
          600: "#177069",
          700: "#125a55",
          900: "#0b3633",
        },
        // 500 carries white button text at 5.1:1 (WCAG AA asks 4.5:1).
        lantern: { 500: "#c63f22", 600: "#a8341c" },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Noto Sans",
          "PingFang HK",
          "Microsoft JhengHei",
          "sans-serif",
        ],
      },
    },
  },
} satisfies Config;
