# The examples on the help pages of the reading cmdlets (Get, Search, Test) run against the emulator, signed in
# as its seeded user, so the pages cannot drift from what the module does. Examples that change data or ask for
# confirmation are exempt and listed with the reason.
BeforeDiscovery {
    $exempt = @{
        'Get-ImgurAccountComment/Example 2' = 'it pipes into Remove-ImgurComment, which asks for confirmation'
    }
    $examples = foreach ($page in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/help') -Filter '*-*.md' | Where-Object Name -Match '^(Get|Search|Test)-') {
        $text = Get-Content -LiteralPath $page.FullName -Raw
        $section = [regex]::Match($text, '(?ms)^## EXAMPLES\s*(.*?)^## PARAMETERS').Groups[1].Value
        foreach ($match in [regex]::Matches($section, '(?ms)^### (Example \d+)[^\n]*\n.*?^```powershell\r?\n(.*?)^```')) {
            $key = "$($page.BaseName)/$($match.Groups[1].Value)"
            if ($exempt.ContainsKey($key)) { continue }
            @{
                Example = $key
                Code    = ($match.Groups[2].Value -split '\r?\n' | Where-Object { $_ -match '^PS> ' } | ForEach-Object { $_ -replace '^PS> ', '' }) -join "`n"
            }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    # The examples' ./photos folder.
    $null = New-TestImage -Folder (Join-Path $TestDrive 'photos') -Count 3
}

Describe 'Help examples' {
    It '<Example> runs against the emulator' -ForEach $examples {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Push-Location $TestDrive
        try {
            $output = & ([scriptblock]::Create($Code)) *>&1
        }
        finally { Pop-Location }

        $output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Should -BeNullOrEmpty
    }
}
