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
        lantern: { 500: "#d9472b", 600: "#b93a22" },
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
